package org.huizong.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run contexts of the jobs and the portal in this process, one per distinct set of job parameters, read again
 * when a file of the configuration has changed since (so that a portal instance never serves stale settings after
 * {@code units.csv} or the assessment model was edited, whichever instance or operator edited it).
 */
public final class RunContexts {

    private record Cached(String stamp, RunContext context) {
    }

    private final RunContextFactory factory = new RunContextFactory();
    private final Map<String, Cached> contexts = new ConcurrentHashMap<>();

    public RunContext of(Map<String, Object> jobParameters) {
        return of(jobParameters.get(JobParameterNames.PERIOD) + "|" + jobParameters.get(JobParameterNames.INPUT) + "|"
                + jobParameters.get(JobParameterNames.OUTPUT) + "|" + jobParameters.get(JobParameterNames.CONFIG));
    }

    /** By the key {@code period|input|output|config}. */
    public RunContext of(String key) {
        String[] parts = key.split("\\|", -1);
        String stamp = ConfigurationStamp.of(Path.of(parts[3]));
        return contexts.compute(key, (k, cached) -> cached != null && cached.stamp().equals(stamp) ? cached
                : new Cached(stamp, factory.create(parts[0], parts[1], parts[2], parts[3]))).context();
    }
}
