package org.huizong.portal.office;

import java.time.Duration;
import java.util.Map;
import org.huizong.portal.AuditLog;
import org.huizong.portal.PortalProperties;
import org.huizong.submission.IngestionProgress;
import org.huizong.system.HuizongProperties;
import org.huizong.system.PeriodJobLauncher;
import org.huizong.system.PeriodLease;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The services behind the office's pages: job launches and their progress, run history, outputs. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OfficeBeans {

    @Bean
    JobLaunches jobLaunches(
            JobRepository repository,
            JobOperator operator,
            Map<String, Job> jobs,
            PortalProperties folders,
            JdbcClient jdbc,
            IngestionProgress progress,
            AuditLog audit,
            HuizongProperties settings) {
        return new JobLaunches(
                new PeriodJobLauncher(repository, operator),
                jobs,
                folders,
                jdbc,
                progress,
                audit,
                new PeriodLease(jdbc, settings.lease().expiry(), Duration.ZERO));
    }

    @Bean
    RunHistory runHistory(JdbcClient jdbc) {
        return new RunHistory(jdbc);
    }

    @Bean
    RunProgress runProgress(
            JobRepository repository,
            JdbcClient jdbc,
            IngestionProgress progress,
            JobLaunches launches,
            RunHistory history) {
        return new RunProgress(repository, jdbc, progress, launches, history);
    }

    @Bean
    OutputFiles outputFiles(PortalProperties folders) {
        return new OutputFiles(folders);
    }
}
