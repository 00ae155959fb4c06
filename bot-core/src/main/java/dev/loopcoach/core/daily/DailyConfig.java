package dev.loopcoach.core.daily;

import java.time.Duration;
import java.util.Objects;

/**
 * Knobs of the daily-question engine ({@code daily:} section of the config).
 *
 * @param grace how late a missed post may still go out (after downtime); later than that it is skipped
 * @param threadRepliesPerUser coached replies one person gets under one post (the answer plus follow-ups)
 * @param minAnswerWords replies shorter than this are chat, not answers: they get one short nudge at most
 */
public record DailyConfig(Duration grace, int threadRepliesPerUser, int minAnswerWords) {

    public DailyConfig {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("grace must be between 0 and 24 hours");
        }
        if (threadRepliesPerUser < 1 || threadRepliesPerUser > 5) {
            throw new IllegalArgumentException("threadRepliesPerUser must be 1-5");
        }
        if (minAnswerWords < 1 || minAnswerWords > 100) {
            throw new IllegalArgumentException("minAnswerWords must be 1-100");
        }
    }

    public static DailyConfig defaults() {
        return new DailyConfig(Duration.ofHours(2), 3, 8);
    }

    public DailyConfig withGrace(Duration newGrace) {
        return new DailyConfig(newGrace, threadRepliesPerUser, minAnswerWords);
    }
}
