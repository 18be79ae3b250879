package org.huizong.portal.unit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UnitBeans {

    @Bean
    ItemValues itemValues(JdbcClient jdbc) {
        return new ItemValues(jdbc);
    }
}
