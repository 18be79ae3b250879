package org.huizong.period;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.huizong.system.JobParameterNames;

/**
 * Run contexts built once per distinct set of job parameters and kept while they are in use: at most {@code capacity}
 * of them, the least recently used one going first (a job asks for its context at every step, so the context of a
 * running job is never the one evicted). A context is read again when a file of its configuration has changed since,
 * so that a portal instance never serves stale settings after {@code units.csv} or the assessment model was edited,
 * whichever instance or operator edited it.
 */
public final class RunContexts {

    /** The contexts the jobs of one process keep: one job runs at a time, for a few periods a day. */
    public static final int JOBS = 8;

    private record Cached(String stamp, RunContext context) {
    }

    private final RunContextFactory factory;
    private final Map<String, Cached> contexts;

    public RunContexts(RunContextFactory factory, int capacity) {
        this.factory = factory;
        if (capacity < 1) {
            throw new IllegalArgumentException("a run context cache holds at least one context, not " + capacity);
        }
        this.contexts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    public RunContext of(Map<String, Object> jobParameters) {
        return of(jobParameters.get(JobParameterNames.PERIOD) + "|" + jobParameters.get(JobParameterNames.INPUT) + "|"
                + jobParameters.get(JobParameterNames.OUTPUT) + "|" + jobParameters.get(JobParameterNames.CONFIG));
    }

    public RunContext of(org.springframework.batch.core.job.parameters.JobParameters parameters) {
        return of(parameters.getString(JobParameterNames.PERIOD) + "|" + parameters.getString(JobParameterNames.INPUT) + "|"
                + parameters.getString(JobParameterNames.OUTPUT) + "|" + parameters.getString(JobParameterNames.CONFIG));
    }

    /** By the key {@code period|input|output|config}. */
    public RunContext of(String key) {
        String[] parts = key.split("\\|", -1);
        String stamp = factory.stamp(Path.of(parts[3]));
        synchronized (contexts) {
            Cached cached = contexts.get(key);
            if (cached == null || !cached.stamp().equals(stamp)) {
                cached = new Cached(stamp, factory.create(parts[0], parts[1], parts[2], parts[3]));
                contexts.put(key, cached);
            }
            return cached.context();
        }
    }

    /** How many contexts are held now. */
    public int size() {
        synchronized (contexts) {
            return contexts.size();
        }
    }
}
