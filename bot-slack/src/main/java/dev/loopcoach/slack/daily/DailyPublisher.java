package dev.loopcoach.slack.daily;

import dev.loopcoach.core.reply.Reply;

/**
 * How the daily engine posts into Slack; the adapter implements it. Replies in the post's thread come
 * back through {@link dev.loopcoach.slack.event.ThreadReplyHandler}.
 */
public interface DailyPublisher {
    /**
     * Posts a question to a channel and returns the posted message's ts (the thread to watch).
     *
     * @throws DailyPublishException when Slack refuses (bot not in the channel, channel archived, ...)
     */
    PostedQuestion post(String channelId, Reply question);

    record PostedQuestion(String channelId, String ts) {
    }

    final class DailyPublishException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        public DailyPublishException(String reason, Throwable cause) {
            super("daily post failed: " + reason, cause);
            this.reason = reason;
        }

        /** Slack's error code, e.g. {@code not_in_channel} or {@code channel_not_found}. */
        public String reason() {
            return reason;
        }
    }
}
