package org.huizong.monthly;

import java.util.HashMap;
import java.util.Map;

import org.huizong.consolidation.Consolidator;
import org.huizong.consolidation.FormItemStore;
import org.huizong.form.read.SubmissionReader;
import org.huizong.form.read.WorkbookGridLoader;
import org.huizong.submission.CrossUnitFindings;
import org.huizong.submission.FileArchive;
import org.huizong.submission.HistoryFindings;
import org.huizong.submission.InboxItemReader;
import org.huizong.submission.InboxRepository;
import org.huizong.submission.InboxScanner;
import org.huizong.submission.IngestedFile;
import org.huizong.submission.IngestionProcessor;
import org.huizong.submission.IngestionProgress;
import org.huizong.submission.IngestionWriter;
import org.huizong.submission.JustificationCarryOver;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.submission.VersionAssigner;
import org.huizong.submission.VersionChanges;
import org.huizong.system.HuizongProperties;
import org.huizong.system.PartitionedSteps;
import org.huizong.system.PeriodLeaseListener;
import org.huizong.system.Publishing;
import org.huizong.period.RunContext;
import org.huizong.period.RunContexts;
import org.huizong.system.TableStatistics;
import org.huizong.system.TaskletSteps;
import org.huizong.unit.PeriodDirectoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job: scan the period's input folder, ingest every workbook (partitioned, chunked, restartable),
 * number the versions, consolidate, and write the outputs and each unit's feedback workbook.
 */
@Configuration
public class MonthlyJobConfiguration {

    public static final String JOB = "monthlyJob";
    public static final String SCAN_STEP = "scanStep";
    public static final String INGEST_STEP = "ingestStep";
    public static final String INGEST_WORKER_STEP = "ingestWorkerStep";
    public static final String VERSION_STEP = "versionStep";
    public static final String HISTORY_STEP = "historyStep";
    public static final String CROSS_UNIT_STEP = "crossUnitStep";
    public static final String CONSOLIDATE_STEP = "consolidateStep";
    public static final String OUTPUT_FOLDER_STEP = "outputFolderStep";
    public static final String CSV_STEP = "csvStep";
    public static final String SUMMARY_STEP = "summaryStep";
    public static final String VALIDATION_REPORT_STEP = "validationReportStep";
    public static final String REPORT_STEP = "reportStep";
    public static final String FEEDBACK_STEP = "feedbackStep";
    public static final String FEEDBACK_WORKER_STEP = "feedbackWorkerStep";
    public static final String RANKING_STEP = "rankingStep";
    public static final String PUBLISHED_STEP = "publishedStep";
    /** The decision that publishing would write the same outputs again: the job then leaves them as they are. */
    public static final String UNCHANGED = PublishedInputsConfiguration.UNCHANGED;

    private static final Logger log = LoggerFactory.getLogger(MonthlyJobConfiguration.class);
    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";
    private static final String RUN = "#{jobParameters['period']}|#{jobParameters['input']}|#{jobParameters['output']}|#{jobParameters['config']}";

    @Bean
    public Job monthlyJob(JobRepository jobRepository, Step scanStep, Step ingestStep, Step versionStep, Step historyStep,
                          Step crossUnitStep, Step consolidateStep, Step outputFolderStep, Step csvStep, Step summaryStep,
                          Step validationReportStep, Step reportStep, Step rankingStep, Step feedbackStep,
                          JobExecutionDecider publishingDecider, Step publishedStep, PeriodLeaseListener lease,
                          HuizongProperties properties) {
        return new JobBuilder(JOB, jobRepository)
                .listener(lease)
                .flow(scanStep).next(ingestStep).next(versionStep).next(historyStep).next(crossUnitStep).next(consolidateStep)
                .next(publishingDecider).on(UNCHANGED).end()
                .from(publishingDecider).on("*").to(outputFolderStep)
                .next(Publishing.sideBySide(properties.publish().branches(), Publishing.branch(rankingStep),
                        Publishing.branch(feedbackStep), Publishing.branch(reportStep), Publishing.branch(validationReportStep),
                        Publishing.branch(csvStep), Publishing.branch(summaryStep)))
                .next(publishedStep)
                .end().build();
    }

    @Bean
    public Step historyStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, HistoryFindings history) {
        return TaskletSteps.rerunnable(HISTORY_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("period {}: {} findings against the units' history", run.period(), history.check(run));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step scanStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, InboxScanner scanner,
                         InboxRepository inbox, PeriodDirectoryStore directoryStore, FormItemStore formItems,
                         IngestionProgress progress) {
        return TaskletSteps.rerunnable(SCAN_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            formItems.register(run.form());
            int units = directoryStore.snapshot(run.period(), run.directory());
            int added = scanner.scan(run.period().code(), run.periodInput());
            progress.reset(inbox.pending(run.period().code(), 0, 1));
            log.info("period {}: {} active units, {} new files, {} to ingest", run.period(), units, added, progress.total());
            return RepeatStatus.FINISHED;
        });
    }


    /** Partitioned: on this process's threads, or handed to worker processes ({@code --workers remote}). */
    @Bean
    public Step ingestStep(Step ingestWorkerStep, Partitioner inboxPartitioner, PartitionedSteps partitions, IngestionProgress progress) {
        return partitions.partitioned(INGEST_STEP, ingestWorkerStep, inboxPartitioner, progress::writtenElsewhere);
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
    public Step ingestWorkerStep(JobRepository jobRepository, PlatformTransactionManager tm, HuizongProperties properties,
                                 ItemStreamReader<Long> inboxItemReader, ItemProcessor<Long, IngestedFile> ingestionProcessor,
                                 IngestionWriter ingestionWriter) {
        return new StepBuilder(INGEST_WORKER_STEP, jobRepository)
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
    public ItemStreamReader<Long> inboxItemReader(InboxRepository inbox, @Value("#{jobParameters['period']}") String period,
                                                  @Value("#{stepExecutionContext['partition']}") Integer partition,
                                                  @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return new InboxItemReader(inbox, period, partition, partitions);
    }

    @Bean
    @StepScope
    public ItemProcessor<Long, IngestedFile> ingestionProcessor(RunContexts runs, @Value(RUN) String run, InboxRepository inbox,
                                                 ReceivedFileRepository receivedFiles, FileArchive archive, HuizongProperties properties,
                                                 IngestionProgress progress) {
        return new IngestionProcessor(runs.of(run), inbox, receivedFiles, archive,
                new SubmissionReader(new WorkbookGridLoader(properties.ingest().limits())), progress);
    }

    @Bean
    public IngestionWriter ingestionWriter(ReceivedFileRepository receivedFiles, InboxRepository inbox, IngestionProgress progress) {
        return new IngestionWriter(receivedFiles, inbox, progress);
    }

    @Bean
    public Step versionStep(JobRepository jobRepository, PlatformTransactionManager tm, VersionAssigner versions,
                            VersionChanges changes, JustificationCarryOver justifications, TableStatistics statistics) {
        return TaskletSteps.rerunnable(VERSION_STEP, jobRepository, tm, (contribution, chunk) -> {
            String period = (String) chunk.getStepContext().getJobParameters().get("period");
            statistics.refresh("inbox_file", "received_file", "item_value", "cell_layout", "finding", "file_justification", "period_unit");
            int current = versions.assign(period);
            int changed = changes.record(period);
            int answered = justifications.carry(period);
            log.info("period {}: {} units with a current version, {} items changed by later versions, {} warnings answered as in the"
                    + " previous version", period, current, changed, answered);
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step crossUnitStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, CrossUnitFindings crossUnit) {
        return TaskletSteps.rerunnable(CROSS_UNIT_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("period {}: {} cross-unit findings", run.period(), crossUnit.check(run, java.time.LocalDate.now()));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step consolidateStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, Consolidator consolidator,
                                TableStatistics statistics) {
        return TaskletSteps.rerunnable(CONSOLIDATE_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("period {}: consolidating", run.period());
            int counted = consolidator.consolidate(run.period().code(), run.form().code(), run.city().code(), run.city().name(),
                    run.period().kind() == org.huizong.form.PeriodKind.YEAR);
            statistics.refresh("counted_unit", "consolidated_value", "finding", "period_finding");
            log.info("period {}: consolidated {} units by county, category and city", run.period(), counted);
            return RepeatStatus.FINISHED;
        });
    }
}
