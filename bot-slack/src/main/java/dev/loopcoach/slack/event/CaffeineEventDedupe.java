package dev.loopcoach.slack.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * In-memory dedupe. Slack's retries come within minutes (immediately, after about 1 and 5 minutes), so
 * ids are kept for a few hours. Enough for one instance; several instances also need a durable store.
 */
public final class CaffeineEventDedupe implements EventDedupe {
    private final Cache<String, Boolean> seen;

    public CaffeineEventDedupe(Duration keep, long maxIds) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(maxIds).build();
    }

    public static CaffeineEventDedupe defaults() {
        return new CaffeineEventDedupe(Duration.ofHours(3), 200_000);
    }

    @Override
    public boolean firstTime(String eventId) {
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
