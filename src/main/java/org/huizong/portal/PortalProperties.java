package org.huizong.portal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The folders the portal's jobs and uploads work on (the same as the command line's {@code --input/--output/--config})
 * and the portal's bounds: uploads a unit may check per period, how many months back a period may be opened when no job
 * ran for it, how many periods' run contexts stay in memory, and when repeated failed logins lock a user or address.
 */
@ConfigurationProperties("huizong.portal")
public record PortalProperties(
        Path input,
        Path output,
        Path config,
        @DefaultValue("30") int uploadsPerPeriod,
        @DefaultValue("12") int monthsBack,
        @DefaultValue("12") int runContexts,
        @DefaultValue Login login) {

    /** After {@code userFailures} failed logins of a user (or {@code addressFailures} from an address) within
     * {@code window}, further logins of that user (from that address) are refused for {@code lockout}. */
    public record Login(
            @DefaultValue("5") int userFailures,
            @DefaultValue("10") int addressFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("5m") Duration lockout) {}
}
