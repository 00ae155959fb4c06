package dev.loopcoach.core.daily;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel's stored daily-question settings. {@code activeSince} is when the schedule was last set: a slot
 * earlier than that is never posted late (setting 09:00 at 10:00 starts tomorrow, not with a catch-up post).
 * {@code updatedBy} says who changed it last (a platform user id, for the audit trail).
 */
public record DailySettings(ChannelKey channel, DailySchedule schedule, boolean enabled, Instant activeSince, String updatedBy) {

    public DailySettings {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(activeSince, "activeSince");
        Objects.requireNonNull(updatedBy, "updatedBy");
        if (updatedBy.length() > 128) {
            throw new IllegalArgumentException("updatedBy must be at most 128 characters");
        }
    }

    public DailySettings disabled(Instant at, String by) {
        return new DailySettings(channel, schedule, false, at, by);
    }
}
