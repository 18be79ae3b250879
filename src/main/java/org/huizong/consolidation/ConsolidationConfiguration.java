package org.huizong.consolidation;

import org.huizong.system.PublishedSources;
import org.huizong.validation.AcceptedHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The consolidation's beans: the store of the forms' items, the consolidator and the annual roll-ups. */
@Configuration
public class ConsolidationConfiguration {

    @Bean
    FormItemStore formItemStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new FormItemStore(jdbc, batch);
    }

    @Bean
    Consolidator consolidator(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new Consolidator(jdbc, batch);
    }

    @Bean
    RolledUpUnits rolledUpUnits(JdbcClient jdbc) {
        return new RolledUpUnits(jdbc);
    }

    @Bean
    AnnualRollups annualRollups(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AcceptedHistory history) {
        return new AnnualRollups(jdbc, batch, history);
    }

    @Bean
    PublishedSources consolidationSources() {
        return new ConsolidationSources();
    }
}
