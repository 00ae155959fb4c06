package dev.loopcoach.slack.web;

import java.time.Duration;

/**
 * How we behave on HTTP 429: wait what Slack's {@code Retry-After} says (or {@code defaultWait} when the
 * header is missing), up to {@code maxWait} per wait, and try at most {@code maxAttempts} times in all.
 */
public record RateLimitPolicy(int maxAttempts, Duration defaultWait, Duration maxWait, Sleeper sleeper) {
    public RateLimitPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RateLimitPolicy defaults() {
        return new RateLimitPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(60), Sleeper.system());
    }

    /** Seconds from a Retry-After header (Slack sends whole seconds); bad or missing values give the default. */
    public Duration waitFor(String retryAfter) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return defaultWait;
        }
        try {
            long seconds = Long.parseLong(retryAfter.trim());
            Duration d = Duration.ofSeconds(Math.max(0, seconds));
            return d.compareTo(maxWait) > 0 ? maxWait : d;
        } catch (NumberFormatException e) {
            return defaultWait;
        }
    }
}
