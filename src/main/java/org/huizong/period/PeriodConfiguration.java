package org.huizong.period;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

/**
 * The run context of each run of a job, read from its job parameters when the run starts (so that an edited
 * {@code units.csv}, {@code city.yml} or assessment model reaches the next run), with every {@link ConfigurationPart}
 * the features declare.
 */
@Configuration
public class PeriodConfiguration {

    /** Spring Batch's job scope: one bean for each execution of a job, dropped when it ends. */
    static final String JOB_SCOPE = "job";

    @Bean
    public RunContextFactory runContextFactory(List<ConfigurationPart<?>> parts) {
        return new RunContextFactory(parts);
    }

    /**
     * The context of the running job; not proxied (a record cannot be), so only the job's own scoped beans (its tasklets,
     * readers, processors and deciders) take it.
     */
    @Bean
    @Scope(value = JOB_SCOPE, proxyMode = ScopedProxyMode.NO)
    public RunContext runContext(
            RunContextFactory factory,
            @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['output']}") String output,
            @Value("#{jobParameters['config']}") String config) {
        return factory.create(period, input, output, config);
    }
}
