package org.huizong.portal.bureau;

import java.time.Clock;
import org.huizong.portal.AuditLog;
import org.huizong.portal.LeasedWrite;
import org.huizong.portal.PortalPeriods;
import org.huizong.portal.PortalProperties;
import org.huizong.submission.FindingStore;
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
    PortalUploads portalUploads(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new PortalUploads(jdbc, batch);
    }

    @Bean
    HeldUploads heldUploads(HuizongProperties settings) {
        return new HeldUploads(settings.dataDir());
    }

    @Bean
    UploadCheck uploadCheck(
            PortalPeriods periods,
            PortalProperties portal,
            HuizongProperties settings,
            ReceivedFileRepository history,
            PortalUploads uploads,
            HeldUploads held,
            AuditLog audit) {
        return new UploadCheck(periods, portal, settings, history, uploads, held, audit);
    }

    @Bean
    UploadSubmissions uploadSubmissions(
            PortalUploads uploads,
            UnitQueries queries,
            HeldUploads held,
            PortalProperties folders,
            LeasedWrite writes,
            AuditLog audit,
            Clock clock) {
        return new UploadSubmissions(uploads, queries, held, folders, writes, audit, clock);
    }

    @Bean
    WarningAnswers warningAnswers(JdbcClient jdbc, FindingStore findings, LeasedWrite writes, AuditLog audit) {
        return new WarningAnswers(jdbc, findings, writes, audit);
    }
}
