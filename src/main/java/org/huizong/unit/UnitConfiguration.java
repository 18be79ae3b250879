package org.huizong.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unit directory's beans: the store of each period's directory. */
@Configuration
public class UnitConfiguration {

    @Bean
    PeriodDirectoryStore periodDirectoryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        return new PeriodDirectoryStore(jdbc, batch);
    }
}
