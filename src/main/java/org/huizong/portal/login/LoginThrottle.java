package org.huizong.portal.login;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.huizong.portal.PortalProperties;

/**
 * Repeated failed logins lock a username, and an address, for a few minutes: {@code user-failures} failures of one
 * user, or {@code address-failures} from one address, within {@code window} lock it for {@code lockout}; a success
 * clears the user's count. A real user locked out by someone guessing waits minutes, not hours. What is tracked stays
 * bounded: counts past their window and locks past their end are dropped.
 */
public final class LoginThrottle {

    static final int TRACKED = 10_000;

    private final PortalProperties.Login limits;
    private final Clock clock;
    private final Map<String, Failures> users = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    private static final class Failures {
        private int count;
        private Instant since;
        private Instant lockedUntil = Instant.MIN;
    }

    public LoginThrottle(PortalProperties.Login limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether a login of this user, or from this address, is refused now whatever the password. */
    public synchronized boolean locked(String username, String address) {
        Instant now = clock.instant();
        return lockedIn(users, key(username), now) || lockedIn(addresses, key(address), now);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(users, key(username), limits.userFailures(), now);
        count(addresses, key(address), limits.addressFailures(), now);
    }

    public synchronized void succeeded(String username) {
        users.remove(key(username));
    }

    /** How many users and addresses are tracked now (bounded by {@link #TRACKED} each). */
    public synchronized int tracked() {
        return users.size() + addresses.size();
    }

    private boolean lockedIn(Map<String, Failures> map, String key, Instant now) {
        Failures failures = map.get(key);
        return failures != null && now.isBefore(failures.lockedUntil);
    }

    private void count(Map<String, Failures> map, String key, int limit, Instant now) {
        if (map.size() >= TRACKED && !map.containsKey(key)) {
            prune(map, now);
        }
        Failures failures = map.computeIfAbsent(key, k -> new Failures());
        if (failures.since == null || !now.isBefore(failures.since.plus(limits.window()))) {
            failures.count = 0;
            failures.since = now;
        }
        failures.count++;
        if (failures.count >= limit) {
            failures.lockedUntil = now.plus(limits.lockout());
            failures.count = 0;
            failures.since = null;
        }
    }

    /** Drops what no longer counts; if a flood of names still fills the map, it starts afresh rather than grow. */
    private void prune(Map<String, Failures> map, Instant now) {
        map.values()
                .removeIf(f -> !now.isBefore(f.lockedUntil)
                        && (f.since == null || !now.isBefore(f.since.plus(limits.window()))));
        if (map.size() >= TRACKED) {
            map.entrySet().removeIf(e -> !now.isBefore(e.getValue().lockedUntil));
        }
        if (map.size() >= TRACKED) {
            map.clear();
        }
    }

    private static String key(String text) {
        String value = text == null ? "" : text;
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
