package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.daily.ThreadMessage;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.event.ThreadReply;
import dev.loopcoach.slack.event.ThreadReplyHandler;
import java.util.Optional;

/**
 * Replies in Slack threads, handed to the core's {@link ThreadCoach}: the thread is the daily post's ts, the message
 * is the reply's own ts. The core decides everything else (its thread or not, mute words, muted people, limits,
 * the follow-up dialogue, a message answered once).
 */
public final class DailyThreadReplies implements ThreadReplyHandler {
    private final ThreadCoach coach;
    private final Optional<dev.loopcoach.core.together.GuessGame> guesses;

    public DailyThreadReplies(ThreadCoach coach) {
        this(coach, Optional.empty());
    }

    public DailyThreadReplies(ThreadCoach coach, Optional<dev.loopcoach.core.together.GuessGame> guesses) {
        this.coach = coach;
        this.guesses = guesses;
    }

    @Override
    public Optional<dev.loopcoach.core.together.GuessGame.Opened> openGuess(ThreadReply reply, String answererName) {
        return guesses.flatMap(g -> g.open(message(reply), answererName));
    }

    @Override
    public Optional<Reply> onReply(ThreadReply reply) {
        return coach.onReply(message(reply));
    }

    @Override
    public boolean privately(ThreadReply reply) {
        return coach.feedbackPrivately(message(reply));
    }

    private static ThreadMessage message(ThreadReply reply) {
        return new ThreadMessage(SlackDaily.channelKey(reply.teamId(), reply.channelId()), reply.threadTs(),
                reply.messageTs(), reply.user(), reply.text());
    }
}
