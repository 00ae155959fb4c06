package dev.loopcoach.core.session;

import dev.loopcoach.core.reply.Block;
import java.time.Duration;
import java.time.Instant;

/**
 * The timed mode's clock for spoken answers: interviewers expect about two minutes per story, so a timed question shows
 * when the two minutes are up and the feedback says how long the answer took, measured from the question to the answer.
 */
public final class AnswerTimer {
    public static final Duration TARGET = Duration.ofMinutes(2);

    private AnswerTimer() {
    }

    /** The deadline shown with a question asked at {@code askedAt}. */
    public static Block.Deadline deadline(Instant askedAt) {
        return new Block.Deadline("Timed: your two minutes are up", askedAt.plus(TARGET));
    }

    /** "Timed: answered after 3:40, against a 2:00 target: ...". */
    public static String taken(Instant askedAt, Instant answeredAt) {
        Duration took = Duration.between(askedAt, answeredAt);
        if (took.isNegative()) {
            took = Duration.ZERO;
        }
        String clock = took.toMinutes() + ":" + String.format(java.util.Locale.ROOT, "%02d", took.toSecondsPart());
        String verdict = took.compareTo(TARGET) <= 0
                ? "inside the target."
                : took.compareTo(TARGET.multipliedBy(2)) <= 0
                        ? "a little over: in the room, start with the result and cut the background."
                        : "well over: in the room you would have been stopped; open with one sentence of context and go "
                                + "straight to what you did.";
        return "Timed: answered after " + clock + " against a 2:00 target, " + verdict;
    }
}
