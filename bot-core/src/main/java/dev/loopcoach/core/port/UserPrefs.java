package dev.loopcoach.core.port;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-user switches: coaching on replies in daily-question threads can be muted (until unmuted) or snoozed until a
 * date (it comes back by itself the day after).
 */
public record UserPrefs(boolean threadCoachingMuted, Optional<LocalDate> snoozedUntil) {
    public UserPrefs {
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
    }

    public UserPrefs(boolean threadCoachingMuted) {
        this(threadCoachingMuted, Optional.empty());
    }

    public static UserPrefs defaults() {
        return new UserPrefs(false);
    }

    /** Whether thread coaching is off on {@code today}: muted, or snoozed until today or later. */
    public boolean coachingPaused(LocalDate today) {
        return threadCoachingMuted || snoozedUntil.filter(until -> !today.isAfter(until)).isPresent();
    }
}
