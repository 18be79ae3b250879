package org.huizong.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plumbing every job shares: the installation's settings, the period lease and the tables' statistics. */
@Configuration
@EnableConfigurationProperties(HuizongProperties.class)
public class SystemConfiguration {

    @Bean
    public TableStatistics tableStatistics(javax.sql.DataSource dataSource, JdbcClient jdbc) {
        return new TableStatistics(dataSource, jdbc);
    }

    @Bean
    PeriodLeaseListener periodLeaseListener(JdbcClient jdbc, HuizongProperties properties) {
        return new PeriodLeaseListener(new PeriodLease(
                jdbc, properties.lease().expiry(), properties.lease().maxWait()));
    }
}
