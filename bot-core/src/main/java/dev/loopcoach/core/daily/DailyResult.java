package dev.loopcoach.core.daily;

import dev.loopcoach.core.reply.Reply;
import java.util.Objects;
import java.util.Optional;

/**
 * What a daily command or a due-check did, with the friendly reply for whoever asked (adapters show it as is)
 * and the post involved, if any.
 */
public record DailyResult(Outcome outcome, Reply reply, Optional<DailyPost> post) {

    public enum Outcome {
        /** The schedule was stored. */
        SCHEDULE_SET,
        /** Daily questions were turned off (or were off already). */
        TURNED_OFF,
        /** A question went out. */
        POSTED,
        /** The slot was already taken (by this or another process): nothing was sent. */
        ALREADY_POSTED,
        /** The platform refused or the send failed. */
        POST_FAILED,
        /** The rotation has no question in the bank. */
        NO_QUESTION,
        /** The input was not understood; nothing changed. */
        INVALID,
        /** Only a description of the current settings. */
        DESCRIBED
    }

    public DailyResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(post, "post");
    }

    static DailyResult of(Outcome outcome, Reply reply) {
        return new DailyResult(outcome, reply, Optional.empty());
    }

    public boolean posted() {
        return outcome == Outcome.POSTED;
    }
}
