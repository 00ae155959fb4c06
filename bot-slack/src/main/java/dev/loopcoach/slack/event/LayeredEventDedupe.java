package dev.loopcoach.slack.event;

import java.util.Optional;

/**
 * The in-memory check first (cheap, catches the common immediate retry), then the durable one (shared by
 * all instances, survives restarts). An event is new only if both say so.
 */
public final class LayeredEventDedupe implements EventDedupe {
    private final EventDedupe local;
    private final Optional<EventDedupe> durable;

    public LayeredEventDedupe(EventDedupe local, Optional<EventDedupe> durable) {
        this.local = local;
        this.durable = durable;
    }

    @Override
    public boolean firstTime(String eventId) {
        if (!local.firstTime(eventId)) {
            return false;
        }
        return durable.map(d -> d.firstTime(eventId)).orElse(true);
    }
}
