package dev.loopcoach.slack.daily;

import dev.loopcoach.core.reply.Reply;

/**
 * How the daily engine posts into Slack; the adapter implements it ({@link SlackDailyPublisher}) and
 * {@link SlackChannelPoster} adapts it to the core. Replies in the post's thread come back through
 * {@link dev.loopcoach.slack.event.ThreadReplyHandler}.
 */
public interface DailyPublisher {
    /**
     * Posts a question to a channel and returns the posted message's ts (the thread to watch).
     *
     * @throws DailyPublishException when the post failed; {@link DailyPublishException#refused()} says whether Slack
     *         refused it for certain (nothing posted) or the outcome is unknown (network error, server error)
     */
    PostedQuestion post(String channelId, Reply question);

    /** As above, the message carrying {@code postKey} so {@link #find} can tell later whether it went out. */
    default PostedQuestion post(String channelId, Reply question, String postKey) {
        return post(channelId, question);
    }

    /** The ts of the post carrying {@code postKey} since {@code since}, empty when absent; throws when unreadable. */
    default java.util.Optional<String> find(String channelId, String postKey, java.time.Instant since) {
        throw new DailyPublishException("look-up not supported", false, null);
    }

    record PostedQuestion(String channelId, String ts) {
    }

    final class DailyPublishException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final boolean refused;

        public DailyPublishException(String reason, boolean refused, Throwable cause) {
            super("daily post failed: " + reason, cause);
            this.reason = reason;
            this.refused = refused;
        }

        /** Slack's error code, e.g. {@code not_in_channel} or {@code channel_not_found}, or what went wrong. */
        public String reason() {
            return reason;
        }

        /** True when Slack answered with a refusal, so nothing reached the channel. */
        public boolean refused() {
            return refused;
        }
    }
}
