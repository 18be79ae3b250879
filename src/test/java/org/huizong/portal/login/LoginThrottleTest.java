package org.huizong.portal.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.huizong.portal.PortalProperties;
import org.junit.jupiter.api.Test;

/** Five failures lock a user, ten an address, for five minutes; a success clears the user's count; what is tracked stays bounded. */
class LoginThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new PortalProperties.Login(5, 10, Duration.ofMinutes(15), Duration.ofMinutes(5)), clock);

    @Test
    void fiveFailuresLockTheUserForFiveMinutesWhateverThePassword() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("zhangsan", "10.0.0.1");
        }
        assertThat(throttle.locked("zhangsan", "10.0.0.1"))
                .as("after four failures")
                .isFalse();
        throttle.failed("zhangsan", "10.0.0.1");
        assertThat(throttle.locked("zhangsan", "10.0.0.2"))
                .as("after five, from anywhere")
                .isTrue();
        assertThat(throttle.locked("lisi", "10.0.0.1"))
                .as("another user from the same address")
                .isFalse();
        clock.pass(Duration.ofMinutes(4));
        assertThat(throttle.locked("zhangsan", "10.0.0.1")).isTrue();
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.locked("zhangsan", "10.0.0.1"))
                .as("five minutes on: a real user is not locked out for long")
                .isFalse();
    }

    @Test
    void tenFailuresFromOneAddressLockTheAddressWhicheverTheNames() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("guess" + i, "10.0.0.9");
        }
        assertThat(throttle.locked("office", "10.0.0.9")).isTrue();
        assertThat(throttle.locked("office", "10.0.0.8")).isFalse();
    }

    @Test
    void failuresSpreadBeyondTheWindowOrClearedByASuccessDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("zhangsan", "10.0.0.1");
        }
        clock.pass(Duration.ofMinutes(16));
        throttle.failed("zhangsan", "10.0.0.1");
        assertThat(throttle.locked("zhangsan", "10.0.0.1")).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.failed("zhangsan", "10.0.0.1");
        }
        throttle.succeeded("zhangsan");
        throttle.failed("zhangsan", "10.0.0.1");
        assertThat(throttle.locked("zhangsan", "10.0.0.1")).isFalse();
    }

    @Test
    void aFloodOfNamesDoesNotGrowWhatIsTracked() {
        for (int i = 0; i < 3 * LoginThrottle.TRACKED; i++) {
            throttle.failed("name" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * LoginThrottle.TRACKED);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
