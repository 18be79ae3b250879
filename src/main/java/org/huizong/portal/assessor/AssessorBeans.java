package org.huizong.portal.assessor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queries behind the assessor's pages. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AssessorBeans {

    @Bean
    Rankings portalRankings(JdbcClient jdbc) {
        return new Rankings(jdbc);
    }

    @Bean
    Consolidated consolidated(JdbcClient jdbc) {
        return new Consolidated(jdbc);
    }
}
