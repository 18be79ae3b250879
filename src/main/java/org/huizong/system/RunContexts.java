package org.huizong.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The run contexts of the jobs in this process, built once per distinct set of job parameters. */
public final class RunContexts {

    private final RunContextFactory factory = new RunContextFactory();
    private final Map<String, RunContext> contexts = new ConcurrentHashMap<>();

    public RunContext of(Map<String, Object> jobParameters) {
        return of(jobParameters.get(JobParameterNames.PERIOD) + "|" + jobParameters.get(JobParameterNames.INPUT) + "|"
                + jobParameters.get(JobParameterNames.OUTPUT) + "|" + jobParameters.get(JobParameterNames.CONFIG));
    }

    /** By the key {@code period|input|output|config}. */
    public RunContext of(org.springframework.batch.core.job.parameters.JobParameters parameters) {
        return of(parameters.getString(JobParameterNames.PERIOD) + "|" + parameters.getString(JobParameterNames.INPUT) + "|"
                + parameters.getString(JobParameterNames.OUTPUT) + "|" + parameters.getString(JobParameterNames.CONFIG));
    }

    public RunContext of(String key) {
        return contexts.computeIfAbsent(key, k -> {
            String[] parts = k.split("\\|", -1);
            return factory.create(parts[0], parts[1], parts[2], parts[3]);
        });
    }
}
