package dev.loopcoach.core;

import dev.loopcoach.core.bank.Level;

/**
 * Interview knobs from {@code config/coach.yaml} ({@code interview:} section).
 * @param questionsPerInterview main questions in a /mockinterview
 * @param followUpsPerQuestion follow-ups a question may get (0-3)
 * @param defaultLevel level used when the user names none
 * @param maxAnswerChars longest answer accepted in one message
 */
public record CoachSettings(int questionsPerInterview, int followUpsPerQuestion, Level defaultLevel, int maxAnswerChars) {
    public CoachSettings {
        if (questionsPerInterview < 1 || questionsPerInterview > 10) {
            throw new IllegalArgumentException("questionsPerInterview must be 1-10");
        }
        if (followUpsPerQuestion < 0 || followUpsPerQuestion > 3) {
            throw new IllegalArgumentException("followUpsPerQuestion must be 0-3");
        }
        if (maxAnswerChars < 100) {
            throw new IllegalArgumentException("maxAnswerChars must be at least 100");
        }
    }

    public static CoachSettings defaults() {
        return new CoachSettings(3, 2, Level.SENIOR, 20_000);
    }
}
