package org.huizong.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The assessment's beans: its model, read with every run context, and the publisher of rankings. */
@Configuration
public class AssessmentConfiguration {

    @Bean
    AssessmentModelPart assessmentModelPart() {
        return new AssessmentModelPart();
    }

    @Bean
    RankingPublisher rankingPublisher(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new RankingPublisher(jdbc, batch);
    }
}
