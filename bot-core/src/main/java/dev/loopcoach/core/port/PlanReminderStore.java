package dev.loopcoach.core.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who asked for a daily reminder of their prep plan, and which day each was last reminded. Claiming a day is atomic
 * across processes sharing the store, so two instances never send the same person two reminders on one day.
 */
public interface PlanReminderStore {
    /** A person with a plan reminder: their switches (the plan with its time, their zone) and the last day reminded. */
    record Reminder(UserKey user, UserPrefs prefs, Optional<LocalDate> lastSent) {
    }

    /** Everyone of {@code platform} whose plan has a reminder time. */
    List<Reminder> reminders(String platform);

    /** Takes {@code day}'s reminder of {@code user}: true for exactly one caller, and only if no later day was taken. */
    boolean claim(UserKey user, LocalDate day);

    /** Gives back {@code day}'s claim (its message could not be sent), so a later pass may try again. */
    void release(UserKey user, LocalDate day, Optional<LocalDate> previous);
}
