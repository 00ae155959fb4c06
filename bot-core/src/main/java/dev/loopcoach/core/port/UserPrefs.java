package dev.loopcoach.core.port;

/** Per-user switches, e.g. opting out of coaching on replies in daily-question threads. */
public record UserPrefs(boolean threadCoachingMuted) {
    public static UserPrefs defaults() {
        return new UserPrefs(false);
    }
}
