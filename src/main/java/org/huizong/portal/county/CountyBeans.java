package org.huizong.portal.county;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalPeriods;
import org.huizong.submission.FileReturns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The services behind the county coordinator's pages and every view of a single unit. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CountyBeans {

    @Bean
    CountyUnits countyUnits(JdbcClient jdbc, PortalPeriods periods) {
        return new CountyUnits(jdbc, periods);
    }

    @Bean
    SubmissionReturns submissionReturns(JdbcClient jdbc, FileReturns files, LeasedWrite writes, AuditLog audit) {
        return new SubmissionReturns(jdbc, files, writes, audit);
    }
}
