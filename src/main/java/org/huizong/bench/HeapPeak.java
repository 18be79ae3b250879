package org.huizong.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap in use right after each collection, at its largest: an upper bound on what a run kept alive, since a young
 * collection leaves the old generation's garbage in place. (The heap in use at any moment also holds garbage not yet
 * collected and says little; the sum of the pools' peaks exceeds the heap.)
 */
public final class HeapPeak implements NotificationListener, AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();

    public HeapPeak() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData())
                .getGcInfo()
                .getMemoryUsageAfterGc();
        long used = after.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
        peak.accumulateAndGet(used, Math::max);
    }

    public long megabytes() {
        return peak.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added
                }
            }
        }
    }
}
