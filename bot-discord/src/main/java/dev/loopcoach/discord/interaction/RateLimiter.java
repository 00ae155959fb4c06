package dev.loopcoach.discord.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * A token bucket per user: {@code capacity} interactions, refilled evenly over {@code window}
 * (10 per 20 seconds by default). Buckets of idle users are dropped.
 */
public final class RateLimiter {
    private final int capacity;
    private final double tokensPerNano;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int capacity, Duration window) {
        this(capacity, window, Ticker.systemTicker());
    }

    public RateLimiter(int capacity, Duration window, Ticker ticker) {
        if (capacity < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("capacity must be >= 1 and the window positive");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) window.toNanos();
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(500_000).ticker(ticker).build();
    }

    public static RateLimiter defaults() {
        return new RateLimiter(10, Duration.ofSeconds(20));
    }

    /** Takes one token for the user if there is one. */
    public Decision tryAcquire(String userId) {
        long now = ticker.read();
        Bucket bucket = buckets.get(userId, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, tokensPerNano, capacity);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            return new Decision(false, Duration.ofNanos(wait));
        }
    }

    /** Whether the interaction may go ahead, and if not, how long until it may. */
    public record Decision(boolean allowed, Duration retryAfter) {
        /** Whole seconds to tell a person, at least 1. */
        public long retrySeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        void refill(long now, double perNano, int capacity) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (now - last) * perNano);
                last = now;
            }
        }
    }
}
