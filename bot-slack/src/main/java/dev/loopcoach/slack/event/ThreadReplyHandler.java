package dev.loopcoach.slack.event;

import dev.loopcoach.core.reply.Reply;
import java.util.Optional;

/**
 * The hook for replies in channel threads; the daily-question engine implements it
 * ({@link dev.loopcoach.slack.daily.DailyThreadReplies}: it knows which threads are its posts, who muted thread
 * coaching, and keeps the coaching dialogue). The adapter has already dropped bot messages, edits, deletions and
 * retried deliveries; it posts the returned reply in the same thread.
 */
@FunctionalInterface
public interface ThreadReplyHandler {
    /** What to answer in the thread, or empty to stay silent (not one of our threads). */
    Optional<Reply> onReply(ThreadReply reply);

    /** Whether feedback on this reply goes to its author privately (their DM) rather than into the thread. */
    default boolean privately(ThreadReply reply) {
        return false;
    }

    /**
     * Opens a "Guess the Bar Raiser" round for this reply when guessing is on in its channel and it is a first answer;
     * empty otherwise, and the reply is answered as usual. {@code answererName} is shown as plain text.
     */
    default Optional<dev.loopcoach.core.together.GuessGame.Opened> openGuess(ThreadReply reply, String answererName) {
        return Optional.empty();
    }

    /** Until the daily engine is connected: thread replies are not ours to answer. */
    ThreadReplyHandler NONE = r -> Optional.empty();
}
