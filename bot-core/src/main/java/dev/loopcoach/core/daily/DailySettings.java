package dev.loopcoach.core.daily;

import java.time.Instant;
import java.util.Objects;

/**
 * A channel's stored daily-question settings. {@code activeSince} is when the schedule was last set: a slot
 * earlier than that is never posted late (setting 09:00 at 10:00 starts tomorrow, not with a catch-up post).
 * Who changed the settings is logged, not stored: the settings hold no personal data.
 */
public record DailySettings(ChannelKey channel, DailySchedule schedule, boolean enabled, Instant activeSince) {

    public DailySettings {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(activeSince, "activeSince");
    }

    public DailySettings disabled(Instant at) {
        return new DailySettings(channel, schedule, false, at);
    }
}
