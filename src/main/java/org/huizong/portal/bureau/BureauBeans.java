package org.huizong.portal.bureau;

import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.PortalProperties;
import org.huizong.submission.ReceivedFileRepository;
import org.huizong.system.HuizongProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The services behind the bureau's pages (also used by the county's, office's and assessor's views of a unit). */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class BureauBeans {

    @Bean
    UnitQueries unitQueries(JdbcClient jdbc) {
        return new UnitQueries(jdbc);
    }

    @Bean
    BureauDesk bureauDesk(JdbcClient jdbc, PortalPeriods periods, UnitQueries queries) {
        return new BureauDesk(jdbc, periods, queries);
    }

    @Bean
    UploadCheck uploadCheck(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PortalPeriods periods, PortalProperties folders,
                            HuizongProperties settings, ReceivedFileRepository history, AuditLog audit) {
        return new UploadCheck(jdbc, batch, periods, folders, settings, history, audit);
    }

    @Bean
    WarningAnswers warningAnswers(JdbcClient jdbc, LeasedWrite writes, AuditLog audit) {
        return new WarningAnswers(jdbc, writes, audit);
    }
}
