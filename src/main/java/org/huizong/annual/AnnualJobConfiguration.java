package org.huizong.annual;

import org.huizong.consolidation.AnnualRollups;
import org.huizong.report.AnnualReportDrafts;
import org.huizong.report.UnitTablesExporter;
import org.huizong.system.HuizongProperties;
import org.huizong.system.PeriodLeaseListener;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.system.Publishing;
import org.huizong.period.RunContext;
import org.huizong.period.RunContexts;
import org.huizong.system.TaskletSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The annual job: the monthly job's steps run for a year (GIA-Y workbooks from {@code input/<year>/}, checked the
 * same way plus P-ANNUAL), with the roll-up of every unit's twelve months before the cross-unit checks and the
 * consolidation, and at the end each unit's annual tables and the drafts of the annual reports (每个单位、区县和全市的
 * 政府信息公开工作年度报告草稿).
 */
@Configuration
public class AnnualJobConfiguration {

    public static final String JOB = "annualJob";
    public static final String ROLLUP_STEP = "rollupStep";
    public static final String UNIT_TABLES_STEP = "unitTablesStep";
    public static final String DRAFT_REPORT_STEP = "draftReportStep";

    private static final Logger log = LoggerFactory.getLogger(AnnualJobConfiguration.class);

    @Bean
    public Job annualJob(JobRepository jobRepository, Step scanStep, Step ingestStep, Step versionStep, Step historyStep,
                         Step rollupStep, Step crossUnitStep, Step consolidateStep, Step outputFolderStep, Step csvStep,
                         Step summaryStep, Step validationReportStep, Step reportStep, Step rankingStep, Step feedbackStep,
                         Step unitTablesStep, Step draftReportStep,
                         JobExecutionDecider publishingDecider, Step publishedStep, PeriodLeaseListener lease,
                         HuizongProperties properties) {
        return new JobBuilder(JOB, jobRepository)
                .listener(lease)
                .flow(scanStep).next(ingestStep).next(versionStep).next(historyStep).next(rollupStep).next(crossUnitStep)
                .next(consolidateStep)
                .next(publishingDecider).on(MonthlyJobConfiguration.UNCHANGED).end()
                .from(publishingDecider).on("*").to(outputFolderStep)
                .next(Publishing.sideBySide(properties.publish().branches(), Publishing.branch(rankingStep),
                        Publishing.branch(feedbackStep), Publishing.branch(unitTablesStep), Publishing.branch(reportStep),
                        Publishing.branch(draftReportStep), Publishing.branch(validationReportStep), Publishing.branch(csvStep),
                        Publishing.branch(summaryStep)))
                .next(publishedStep)
                .end().build();
    }

    @Bean
    public Step rollupStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, AnnualRollups rollups) {
        return TaskletSteps.rerunnable(ROLLUP_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("year {}: {} units with all their months accepted", run.period(), rollups.rollUp(run));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step unitTablesStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, UnitTablesExporter tables) {
        return TaskletSteps.rerunnable(UNIT_TABLES_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            log.info("year {}: annual tables of {} units in {}", run.period(), tables.export(run),
                    run.periodOutput().resolve(UnitTablesExporter.FOLDER));
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    public Step draftReportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts runs, AnnualReportDrafts drafts) {
        return TaskletSteps.rerunnable(DRAFT_REPORT_STEP, jobRepository, tm, (contribution, chunk) -> {
            RunContext run = runs.of(chunk.getStepContext().getJobParameters());
            AnnualReportDrafts.Drafted drafted = drafts.export(run);
            log.info("year {}: annual report drafts of {} units, {} counties{} in {}; {} units and counties without one, listed in {}",
                    run.period(), drafted.units(), drafted.counties(), drafted.city() ? " and the city" : "",
                    run.periodOutput().resolve(UnitTablesExporter.FOLDER), drafted.skipped(), AnnualReportDrafts.SKIPPED);
            return RepeatStatus.FINISHED;
        });
    }
}
