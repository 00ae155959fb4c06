package dev.loopcoach.slack.daily;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** When and what to post: a local time in an IANA zone (so DST is handled by the zone), on some weekdays. */
public record DailySchedule(LocalTime time, ZoneId zone, Set<DayOfWeek> days, DailyTopic topic) {
    public DailySchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(topic, "topic");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("at least one day is needed");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public static Set<DayOfWeek> weekdays() {
        return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
