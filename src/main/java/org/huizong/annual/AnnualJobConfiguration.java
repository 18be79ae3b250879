package org.huizong.annual;

import static org.huizong.system.JobStep.CONSOLIDATE;
import static org.huizong.system.JobStep.CROSS_UNIT;
import static org.huizong.system.JobStep.CSV;
import static org.huizong.system.JobStep.DRAFT_REPORT;
import static org.huizong.system.JobStep.FEEDBACK;
import static org.huizong.system.JobStep.HISTORY;
import static org.huizong.system.JobStep.INGEST;
import static org.huizong.system.JobStep.OUTPUT_FOLDER;
import static org.huizong.system.JobStep.PUBLISHED;
import static org.huizong.system.JobStep.RANKING;
import static org.huizong.system.JobStep.REPORT;
import static org.huizong.system.JobStep.ROLLUP;
import static org.huizong.system.JobStep.SCAN;
import static org.huizong.system.JobStep.SUMMARY;
import static org.huizong.system.JobStep.UNIT_TABLES;
import static org.huizong.system.JobStep.VALIDATION_REPORT;
import static org.huizong.system.JobStep.VERSION;

import java.util.List;
import org.huizong.monthly.MonthlyJobConfiguration;
import org.huizong.system.HuizongProperties;
import org.huizong.system.JobStep;
import org.huizong.system.JobStepBeans;
import org.huizong.system.PeriodLeaseListener;
import org.huizong.system.Publishing;
import org.huizong.system.TaskletSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The annual job: the monthly job's steps run for a year (GIA-Y workbooks from {@code input/<year>/}, checked the
 * same way plus P-ANNUAL), with the roll-up of every unit's twelve months before the cross-unit checks and the
 * consolidation, and among publishing's branches each unit's annual tables and the drafts of the annual reports
 * (每个单位、区县和全市的政府信息公开工作年度报告草稿).
 */
@Configuration
public class AnnualJobConfiguration {

    public static final String JOB = "annualJob";

    @Bean
    public Job annualJob(
            JobRepository jobRepository,
            PeriodLeaseListener lease,
            HuizongProperties properties,
            List<Step> stepBeans,
            JobExecutionDecider publishingDecider) {
        JobStepBeans steps = new JobStepBeans(stepBeans);
        return new JobBuilder(JOB, jobRepository)
                .listener(lease)
                .flow(steps.get(SCAN))
                .next(steps.get(INGEST))
                .next(steps.get(VERSION))
                .next(steps.get(HISTORY))
                .next(steps.get(ROLLUP))
                .next(steps.get(CROSS_UNIT))
                .next(steps.get(CONSOLIDATE))
                .next(publishingDecider)
                .on(MonthlyJobConfiguration.UNCHANGED)
                .end()
                .from(publishingDecider)
                .on("*")
                .to(steps.get(OUTPUT_FOLDER))
                .next(Publishing.sideBySide(
                        properties.publish().branches(),
                        steps.get(
                                RANKING, FEEDBACK, UNIT_TABLES, REPORT, DRAFT_REPORT, VALIDATION_REPORT, CSV, SUMMARY)))
                .next(steps.get(PUBLISHED))
                .end()
                .build();
    }

    @Bean
    public Step rollupStep(JobRepository jobRepository, PlatformTransactionManager tm, RollupTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.ROLLUP, jobRepository, tm, tasklet);
    }

    @Bean
    public Step unitTablesStep(JobRepository jobRepository, PlatformTransactionManager tm, UnitTablesTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.UNIT_TABLES, jobRepository, tm, tasklet);
    }

    @Bean
    public Step draftReportStep(
            JobRepository jobRepository, PlatformTransactionManager tm, DraftReportTasklet tasklet) {
        return TaskletSteps.rerunnable(JobStep.DRAFT_REPORT, jobRepository, tm, tasklet);
    }
}
