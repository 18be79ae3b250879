package org.huizong.period;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run contexts the jobs of this process share. */
@Configuration
public class PeriodConfiguration {

    @Bean
    RunContexts runContexts() {
        return new RunContexts(RunContexts.JOBS);
    }
}
