package dev.loopcoach.core.port;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-user settings: coaching on replies in daily-question threads can be muted (until unmuted) or snoozed until a
 * date (it comes back by itself the day after); the time zone in which days (streaks, "last practised") are counted;
 * the prep plan asked for, if any; whether verdicts on their daily-thread answers come privately.
 */
public record UserPrefs(boolean threadCoachingMuted, Optional<LocalDate> snoozedUntil, Optional<ZoneId> zone,
        Optional<dev.loopcoach.core.plan.PlanRequest> plan, boolean privateVerdicts) {
    public UserPrefs {
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(plan, "plan");
    }

    public UserPrefs(boolean threadCoachingMuted, Optional<LocalDate> snoozedUntil, Optional<ZoneId> zone) {
        this(threadCoachingMuted, snoozedUntil, zone, Optional.empty(), false);
    }

    public UserPrefs(boolean threadCoachingMuted, Optional<LocalDate> snoozedUntil, Optional<ZoneId> zone,
            Optional<dev.loopcoach.core.plan.PlanRequest> plan) {
        this(threadCoachingMuted, snoozedUntil, zone, plan, false);
    }

    public UserPrefs(boolean threadCoachingMuted) {
        this(threadCoachingMuted, Optional.empty(), Optional.empty());
    }

    public UserPrefs(boolean threadCoachingMuted, Optional<LocalDate> snoozedUntil) {
        this(threadCoachingMuted, snoozedUntil, Optional.empty());
    }

    public static UserPrefs defaults() {
        return new UserPrefs(false);
    }

    /** Whether thread coaching is off on {@code today}: muted, or snoozed until today or later. */
    public boolean coachingPaused(LocalDate today) {
        return threadCoachingMuted || snoozedUntil.filter(until -> !today.isAfter(until)).isPresent();
    }

    /** The same settings with the thread-coaching switches replaced, the time zone kept. */
    public UserPrefs withCoaching(boolean muted, Optional<LocalDate> snoozed) {
        return new UserPrefs(muted, snoozed, zone, plan, privateVerdicts);
    }

    public UserPrefs withZone(ZoneId z) {
        return new UserPrefs(threadCoachingMuted, snoozedUntil, Optional.of(z), plan, privateVerdicts);
    }

    /** The same settings with the prep plan set or (empty) stopped. */
    public UserPrefs withPlan(Optional<dev.loopcoach.core.plan.PlanRequest> p) {
        return new UserPrefs(threadCoachingMuted, snoozedUntil, zone, p, privateVerdicts);
    }

    /** The same settings with the verdicts on daily-thread answers sent privately (true) or in the thread. */
    public UserPrefs withPrivateVerdicts(boolean privately) {
        return new UserPrefs(threadCoachingMuted, snoozedUntil, zone, plan, privately);
    }

    /** The zone days are counted in: the person's own, else UTC. */
    public ZoneId zoneOrUtc() {
        return zone.orElse(java.time.ZoneOffset.UTC);
    }
}
