package org.huizong.monthly;

import java.util.HashMap;
import java.util.Map;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.period.RunContext;
import org.huizong.report.FeedbackExporter;
import org.huizong.report.FeedbackExporter.FeedbackFile;
import org.huizong.report.FeedbackExporter.FeedbackWorkbook;
import org.huizong.submission.FileArchive;
import org.huizong.submission.InboxItemReader;
import org.huizong.submission.InboxRepository;
import org.huizong.submission.IngestedFile;
import org.huizong.submission.IngestionProcessor;
import org.huizong.submission.IngestionProgress;
import org.huizong.submission.IngestionWriter;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.system.HuizongProperties;
import org.huizong.system.JobStep;
import org.huizong.system.PartitionedSteps;
import org.huizong.system.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps both jobs run, in the order they run them: each a named tasklet, or a reader, processor and writer, of its
 * own class. Every step derives what it does from what is stored, so a restart runs it again (ingestion and the
 * feedback workbooks skip what is already done). The steps' bean names are their names: a worker process finds the
 * partitioned ones by them.
 */
@Configuration
public class SharedStepsConfiguration {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    @Bean
    public Step scanStep(JobRepository jobRepository, PlatformTransactionManager tm, ScanTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.SCAN, jobRepository, tm, tasklet);
    }

    /** Partitioned: on this process's threads, or handed to worker processes ({@code --workers remote}). */
    @Bean
    public Step ingestStep(
            Step ingestWorkerStep,
            Partitioner inboxPartitioner,
            PartitionedSteps partitions,
            IngestionProgress progress) {
        return partitions.partitioned(
                JobStep.INGEST.stepName(), ingestWorkerStep, inboxPartitioner, progress::writtenElsewhere);
    }

    /** Partition i of n: the inbox files, or the current files, whose id is i modulo n. */
    @Bean
    public Partitioner inboxPartitioner() {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            for (int i = 0; i < gridSize; i++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(PARTITION, i);
                context.putInt(PARTITIONS, gridSize);
                partitions.put("partition" + i, context);
            }
            return partitions;
        };
    }

    @Bean
    public Step ingestWorkerStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            HuizongProperties properties,
            ItemStreamReader<Long> inboxItemReader,
            ItemProcessor<Long, IngestedFile> ingestionProcessor,
            IngestionWriter ingestionWriter) {
        return new StepBuilder(JobStep.INGEST_WORKER.stepName(), jobRepository)
                .<Long, IngestedFile>chunk(properties.ingest().chunkSize())
                .transactionManager(tm)
                .reader(inboxItemReader)
                .processor(ingestionProcessor)
                .writer(ingestionWriter)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    public ItemStreamReader<Long> inboxItemReader(
            InboxRepository inbox,
            @Value("#{jobParameters['period']}") String period,
            @Value("#{stepExecutionContext['partition']}") Integer partition,
            @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return new InboxItemReader(inbox, period, partition, partitions);
    }

    @Bean
    @StepScope
    public ItemProcessor<Long, IngestedFile> ingestionProcessor(
            RunContext run,
            InboxRepository inbox,
            ReceivedFileRepository receivedFiles,
            FileArchive archive,
            HuizongProperties properties,
            IngestionProgress progress) {
        return new IngestionProcessor(
                run,
                inbox,
                receivedFiles,
                archive,
                new SubmissionReader(new WorkbookGridLoader(properties.ingest().limits())),
                progress);
    }

    @Bean
    public IngestionWriter ingestionWriter(
            ReceivedFileRepository receivedFiles, InboxRepository inbox, IngestionProgress progress) {
        return new IngestionWriter(receivedFiles, inbox, progress);
    }

    @Bean
    public Step versionStep(JobRepository jobRepository, PlatformTransactionManager tm, VersionTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.VERSION, jobRepository, tm, tasklet);
    }

    @Bean
    public Step historyStep(JobRepository jobRepository, PlatformTransactionManager tm, HistoryTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.HISTORY, jobRepository, tm, tasklet);
    }

    @Bean
    public Step crossUnitStep(JobRepository jobRepository, PlatformTransactionManager tm, CrossUnitTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.CROSS_UNIT, jobRepository, tm, tasklet);
    }

    @Bean
    public Step consolidateStep(
            JobRepository jobRepository, PlatformTransactionManager tm, ConsolidateTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.CONSOLIDATE, jobRepository, tm, tasklet);
    }

    @Bean
    public Step outputFolderStep(
            JobRepository jobRepository, PlatformTransactionManager tm, OutputFolderTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.OUTPUT_FOLDER, jobRepository, tm, tasklet);
    }

    @Bean
    public Step csvStep(JobRepository jobRepository, PlatformTransactionManager tm, CsvTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.CSV, jobRepository, tm, tasklet);
    }

    @Bean
    public Step summaryStep(JobRepository jobRepository, PlatformTransactionManager tm, SummaryTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.SUMMARY, jobRepository, tm, tasklet);
    }

    @Bean
    public Step validationReportStep(
            JobRepository jobRepository, PlatformTransactionManager tm, ValidationReportTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.VALIDATION_REPORT, jobRepository, tm, tasklet);
    }

    @Bean
    public Step rankingStep(JobRepository jobRepository, PlatformTransactionManager tm, RankingTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.RANKING, jobRepository, tm, tasklet);
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, ReportTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.REPORT, jobRepository, tm, tasklet);
    }

    /** All the units' feedback workbooks on this process, or partitions of them handed to worker processes. */
    @Bean
    public Step feedbackStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            HuizongProperties properties,
            ListItemReader<FeedbackFile> feedbackFileReader,
            FeedbackProcessor processor,
            FeedbackItemWriter writer,
            Step feedbackWorkerStep,
            Partitioner inboxPartitioner,
            PartitionedSteps partitions) {
        Step local = feedback(JobStep.FEEDBACK, jobRepository, tm, properties, feedbackFileReader, processor, writer);
        return partitions.spread(local, feedbackWorkerStep, inboxPartitioner);
    }

    /** A partition of the feedback workbooks, as a worker process writes it. */
    @Bean
    public Step feedbackWorkerStep(
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            HuizongProperties properties,
            ListItemReader<FeedbackFile> feedbackFileReader,
            FeedbackProcessor processor,
            FeedbackItemWriter writer) {
        return feedback(JobStep.FEEDBACK_WORKER, jobRepository, tm, properties, feedbackFileReader, processor, writer);
    }

    /** The files that get feedback: all the period's, or those of the step's partition. */
    @Bean
    @StepScope
    public ListItemReader<FeedbackFile> feedbackFileReader(
            FeedbackExporter feedback,
            RunContext run,
            @Value("#{stepExecutionContext['partition']}") Integer partition,
            @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return new ListItemReader<>(
                partition == null ? feedback.files(run, 0, 1) : feedback.files(run, partition, partitions));
    }

    private static Step feedback(
            JobStep step,
            JobRepository jobRepository,
            PlatformTransactionManager tm,
            HuizongProperties properties,
            ListItemReader<FeedbackFile> reader,
            FeedbackProcessor processor,
            FeedbackItemWriter writer) {
        return new StepBuilder(step.stepName(), jobRepository)
                .<FeedbackFile, FeedbackWorkbook>chunk(properties.publish().chunkSize())
                .transactionManager(tm)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new FeedbackLog())
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    public Step publishedStep(JobRepository jobRepository, PlatformTransactionManager tm, PublishedTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.PUBLISHED, jobRepository, tm, tasklet);
    }
}
