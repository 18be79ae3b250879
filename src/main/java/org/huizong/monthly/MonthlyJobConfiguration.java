package org.huizong.monthly;

import static org.huizong.system.JobStep.CONSOLIDATE;
import static org.huizong.system.JobStep.CROSS_UNIT;
import static org.huizong.system.JobStep.CSV;
import static org.huizong.system.JobStep.FEEDBACK;
import static org.huizong.system.JobStep.HISTORY;
import static org.huizong.system.JobStep.INGEST;
import static org.huizong.system.JobStep.OUTPUT_FOLDER;
import static org.huizong.system.JobStep.PUBLISHED;
import static org.huizong.system.JobStep.RANKING;
import static org.huizong.system.JobStep.REPORT;
import static org.huizong.system.JobStep.SCAN;
import static org.huizong.system.JobStep.SUMMARY;
import static org.huizong.system.JobStep.VALIDATION_REPORT;
import static org.huizong.system.JobStep.VERSION;

import java.util.List;
import org.huizong.system.HuizongProperties;
import org.huizong.system.JobStepBeans;
import org.huizong.system.PeriodLeaseListener;
import org.huizong.system.Publishing;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monthly job: scan the period's input folder, ingest every workbook (partitioned, chunked, restartable), number
 * the versions, check them against history and each other, consolidate, and — unless nothing changed since the last
 * publishing — publish the outputs side by side. Its steps are {@link SharedStepsConfiguration}'s.
 */
@Configuration
public class MonthlyJobConfiguration {

    public static final String JOB = "monthlyJob";
    /** The decision that publishing would write the same outputs again: the job then leaves them as they are. */
    public static final String UNCHANGED = PublishingDecider.UNCHANGED;

    @Bean
    public Job monthlyJob(
            JobRepository jobRepository,
            PeriodLeaseListener lease,
            HuizongProperties properties,
            List<Step> stepBeans,
            PublishingDecider publishingDecider) {
        JobStepBeans steps = new JobStepBeans(stepBeans);
        return new JobBuilder(JOB, jobRepository)
                .listener(lease)
                .flow(steps.get(SCAN))
                .next(steps.get(INGEST))
                .next(steps.get(VERSION))
                .next(steps.get(HISTORY))
                .next(steps.get(CROSS_UNIT))
                .next(steps.get(CONSOLIDATE))
                .next(publishingDecider)
                .on(UNCHANGED)
                .end()
                .from(publishingDecider)
                .on("*")
                .to(steps.get(OUTPUT_FOLDER))
                .next(Publishing.sideBySide(
                        properties.publish().branches(),
                        steps.get(RANKING, FEEDBACK, REPORT, VALIDATION_REPORT, CSV, SUMMARY)))
                .next(steps.get(PUBLISHED))
                .end()
                .build();
    }
}
