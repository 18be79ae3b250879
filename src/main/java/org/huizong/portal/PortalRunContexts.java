package org.huizong.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.huizong.form.ReportPeriod;
import org.huizong.period.RunContext;
import org.huizong.period.RunContextFactory;

/**
 * The run contexts of the periods the portal shows, on its folders: at most {@code capacity}, the least recently used
 * going first, and each read again when a file of the configuration has changed since it was read, so that an edited
 * {@code units.csv}, {@code city.yml} or assessment model shows on the next page without a restart.
 */
final class PortalRunContexts {

    private record Read(String stamp, RunContext context) {}

    private final RunContextFactory factory;
    private final PortalProperties folders;
    private final Map<String, Read> contexts;

    PortalRunContexts(RunContextFactory factory, PortalProperties folders) {
        if (folders.runContexts() < 1) {
            throw new IllegalArgumentException(
                    "the portal holds at least one run context, not " + folders.runContexts());
        }
        this.factory = factory;
        this.folders = folders;
        this.contexts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
                return size() > folders.runContexts();
            }
        };
    }

    RunContext of(ReportPeriod period) {
        String stamp = factory.stamp(folders.config());
        synchronized (contexts) {
            Read read = contexts.get(period.code());
            if (read == null || !read.stamp().equals(stamp)) {
                read = new Read(
                        stamp,
                        factory.create(
                                period.code(),
                                folders.input().toString(),
                                folders.output().toString(),
                                folders.config().toString()));
                contexts.put(period.code(), read);
            }
            return read.context();
        }
    }

    int size() {
        synchronized (contexts) {
            return contexts.size();
        }
    }
}
