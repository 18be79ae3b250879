package org.huizong.monthly;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.huizong.assessment.AssessmentModel;
import org.huizong.assessment.RankingPublisher;
import org.huizong.output.PartialFiles;
import org.huizong.output.StandingOutputs;
import org.huizong.period.RunContext;
import org.huizong.period.RunContexts;
import org.huizong.report.FeedbackExporter;
import org.huizong.report.PeriodCsvExporter;
import org.huizong.report.ReportExporter;
import org.huizong.report.SummaryExporter;
import org.huizong.report.ValidationReportExporter;
import org.huizong.system.PartitionedSteps;
import org.huizong.system.TaskletSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that publish a consolidated period, both jobs' branches of publishing: each writes its own files. The
 * outputs made from the figures only are left as they are while the figures are as when they were written.
 */
@Configuration
public class PublishingStepsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublishingStepsConfiguration.class);

    /** Clears what a killed run left half-written in the period's output folder, before the publishing steps write it. */
    @Bean
    public Step outputFolderStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.OUTPUT_FOLDER_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            int removed = PartialFiles.clear(run.periodOutput());
            if (removed > 0) {
                log.info("period {}: {} half-written files of an interrupted run removed", run.period(), removed);
            }
            return RepeatStatus.FINISHED;
        });
    }

    /** consolidated.csv, coverage.csv and completeness.csv are left as they are when the figures are as when written. */
    @Bean
    public Step csvStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, PeriodCsvExporter csv) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.CSV_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("period {}: writing the CSV files", run.period());
            unlessStanding(chunk, run, MonthlyJobConfiguration.CSV_STEP, PeriodCsvExporter.FIGURES_FILES, () -> csv.exportFigures(run));
            csv.exportFindings(run);
            log.info("period {}: CSV files written to {}", run.period(), run.periodOutput());
            return RepeatStatus.FINISHED;
        });
    }

    /** Left as it is when the figures it is made from are as when it was written. */
    @Bean
    public Step summaryStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, SummaryExporter summary) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.SUMMARY_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            unlessStanding(chunk, run, MonthlyJobConfiguration.SUMMARY_STEP, List.of(SummaryExporter.FILE), () -> {
                summary.export(run);
                log.info("period {}: {} written", run.period(), run.periodOutput().resolve(SummaryExporter.FILE));
            });
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step validationReportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs,
                                     ValidationReportExporter validationReport) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.VALIDATION_REPORT_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            validationReport.export(run);
            log.info("period {}: {} written", run.period(), run.periodOutput().resolve(ValidationReportExporter.FILE));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step rankingStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, RankingPublisher ranking) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.RANKING_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            int ranked = ranking.publish(run, chunk.getStepContext().getStepExecution().getJobExecutionId());
            log.info("period {}: {} ranked by {} into {}", run.period(), ranked, run.part(AssessmentModel.class).label(), run.periodOutput());
            return RepeatStatus.FINISHED;
        });
    }

    /** Left as they are when the figures they are made from are as when they were written. */
    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, ReportExporter reports) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.REPORT_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            unlessStanding(chunk, run, MonthlyJobConfiguration.REPORT_STEP, ReportExporter.FILES,
                    () -> log.info("period {}: reports written: {}", run.period(), reports.export(run)));
            return RepeatStatus.FINISHED;
        });
    }

    /** On this process (its workbooks written side by side), or handed to worker processes by partitions of the units' files. */
    @Bean
    public Step feedbackStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, FeedbackExporter feedback,
                             Step feedbackWorkerStep, Partitioner inboxPartitioner, PartitionedSteps partitions) {
        Step local = TaskletSteps.rerunnable(MonthlyJobConfiguration.FEEDBACK_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            int written = feedback.export(run);
            log.info("period {}: {} feedback workbooks in {}", run.period(), written, run.periodOutput().resolve(FeedbackExporter.FOLDER));
            return RepeatStatus.FINISHED;
        });
        return partitions.spread(local, feedbackWorkerStep, inboxPartitioner);
    }

    /** A partition of the feedback workbooks, as a worker process writes it. */
    @Bean
    public Step feedbackWorkerStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, FeedbackExporter feedback) {
        return TaskletSteps.rerunnable(MonthlyJobConfiguration.FEEDBACK_WORKER_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            Map<String, Object> partition = chunk.getStepContext().getStepExecutionContext();
            int written = feedback.export(run, (Integer) partition.get(MonthlyJobConfiguration.PARTITION), (Integer) partition.get(MonthlyJobConfiguration.PARTITIONS));
            log.info("period {}: {} feedback workbooks of partition {} in {}", run.period(), written, partition.get(MonthlyJobConfiguration.PARTITION),
                    run.periodOutput().resolve(FeedbackExporter.FOLDER));
            return RepeatStatus.FINISHED;
        });
    }

    /** Writes outputs made from the figures, unless those written from the same figures are all there; records them. */
    private static void unlessStanding(ChunkContext chunk, RunContext run, String step, List<String> files, OutputWriter writer)
            throws IOException {
        String figures = PublishedInputsConfiguration.figures(chunk);
        if (StandingOutputs.stand(run.periodOutput(), step, figures, files)) {
            log.info("period {}: the figures are as when {} were written; they are left as they are", run.period(), files);
            return;
        }
        writer.write();
        StandingOutputs.record(run.periodOutput(), step, figures);
    }

    @FunctionalInterface
    private interface OutputWriter {
        void write() throws IOException;
    }
}
