package dev.loopcoach.core.daily;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A partial change to a channel's schedule, as a settings form or slash command with optional fields gives it:
 * what is absent keeps its current value (or the workspace's, or the default: 09:00 UTC, Mon-Fri, all 16 principles).
 */
public record ScheduleChange(Optional<LocalTime> time, Optional<ZoneId> zone, Optional<Set<DayOfWeek>> days,
                             Optional<Rotation> rotation) {
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    public ScheduleChange {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(rotation, "rotation");
        days = days.map(Set::copyOf);
        if (days.isPresent() && days.get().isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one day");
        }
    }

    public static ScheduleChange none() {
        return new ScheduleChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This change applied to {@code base} (or to the defaults when there is none). */
    public DailySchedule applyTo(Optional<DailySchedule> base) {
        return new DailySchedule(
                time.or(() -> base.map(DailySchedule::time)).orElse(DEFAULT_TIME),
                zone.or(() -> base.map(DailySchedule::zone)).orElse(DEFAULT_ZONE),
                days.or(() -> base.map(DailySchedule::days)).orElse(Days.weekdays()),
                rotation.or(() -> base.map(DailySchedule::rotation)).orElse(Rotation.allPrinciples()));
    }
}
