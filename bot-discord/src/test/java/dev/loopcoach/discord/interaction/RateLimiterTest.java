package dev.loopcoach.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1);
    private final RateLimiter limiter = new RateLimiter(10, Duration.ofSeconds(20), nanos::get);

    @Test
    void givenBurstOfTen_allowsThemAndRefusesTheEleventh() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("u1").allowed()).isTrue();
        }

        RateLimiter.Decision eleventh = limiter.tryAcquire("u1");

        assertThat(eleventh.allowed()).isFalse();
        assertThat(eleventh.retrySeconds()).isEqualTo(2);
    }

    @Test
    void givenTimePasses_tokensComeBackAtTheRate() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("u1");
        }

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());

        assertThat(limiter.tryAcquire("u1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("u1").allowed()).isFalse();
    }

    @Test
    void usersHaveSeparateBuckets() {
        for (int i = 0; i < 10; i++) {
            limiter.tryAcquire("u1");
        }

        assertThat(limiter.tryAcquire("u2").allowed()).isTrue();
    }
}
