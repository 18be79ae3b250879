package org.huizong.period;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The run contexts the jobs of this process share, with every {@link ConfigurationPart} the features declare. */
@Configuration
public class PeriodConfiguration {

    @Bean
    public RunContextFactory runContextFactory(List<ConfigurationPart<?>> parts) {
        return new RunContextFactory(parts);
    }

    @Bean
    RunContexts runContexts(RunContextFactory factory) {
        return new RunContexts(factory, RunContexts.JOBS);
    }
}
