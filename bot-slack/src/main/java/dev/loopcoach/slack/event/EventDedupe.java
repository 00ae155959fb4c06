package dev.loopcoach.slack.event;

/**
 * Remembers which Events API deliveries were already handled. Slack retries an event (same
 * {@code event_id}, header {@code X-Slack-Retry-Num}) when the first delivery was slow or failed; only the
 * first delivery may produce a reply. Implementations must be atomic: two concurrent calls with the same id
 * return true at most once.
 */
@FunctionalInterface
public interface EventDedupe {
    /** True exactly once per event id (the caller then handles the event); false for repeats. */
    boolean firstTime(String eventId);
}
