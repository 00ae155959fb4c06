package dev.loopcoach.core.daily;

/** The outcome of reading daily-schedule settings typed by a person: a schedule, or what was wrong. */
public sealed interface ScheduleParse {
    record Valid(DailySchedule schedule) implements ScheduleParse {
    }

    record Invalid(String message) implements ScheduleParse {
    }
}
