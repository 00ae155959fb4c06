package dev.loopcoach.core.daily;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When and what a channel gets: a local wall-clock time in an IANA zone (so daylight saving is the zone's
 * business), on some days of the week, with a rotation of questions. The time is kept to the minute.
 */
public record DailySchedule(LocalTime time, ZoneId zone, Set<DayOfWeek> days, Rotation rotation) {

    public DailySchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rotation, "rotation");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
        time = time.truncatedTo(ChronoUnit.MINUTES);
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** Weekdays at the given time, rotating all 16 principles. */
    public static DailySchedule weekdays(LocalTime time, ZoneId zone) {
        return new DailySchedule(time, zone, Days.weekdays(), Rotation.allPrinciples());
    }

    public boolean postsOn(DayOfWeek day) {
        return days.contains(day);
    }

    /** "09:00 Europe/Berlin, Mon-Fri, rotating all 16 principles". */
    public String describe() {
        return time + " " + zone.getId() + ", " + Days.describe(days) + ", " + rotation.describe();
    }
}
