package dev.loopcoach.slack.web;

import java.util.Optional;

/** Where a reply goes. */
public sealed interface ReplyTarget {

    /**
     * A conversation we post into with chat.postMessage. {@code channel} may be a user id, which Slack
     * resolves to the bot's direct message with that user. {@code fallbackResponseUrl} is tried when the
     * post is refused (for example when the app's Messages tab is turned off).
     */
    record Conversation(String channel, Optional<String> threadTs, Optional<String> fallbackResponseUrl)
            implements ReplyTarget {
        public Conversation {
            threadTs = threadTs == null ? Optional.empty() : threadTs;
            fallbackResponseUrl = fallbackResponseUrl == null ? Optional.empty() : fallbackResponseUrl;
        }

        /** A direct message with the bot: a D... conversation or a user id. */
        public boolean direct() {
            return channel.startsWith("D") || channel.startsWith("U") || channel.startsWith("W");
        }
    }

    /** An ephemeral reply through a response_url; {@code userId} is where long replies go instead (the DM). */
    record Ephemeral(String responseUrl, String userId) implements ReplyTarget {
    }

    static ReplyTarget directMessage(String userId, Optional<String> fallbackResponseUrl) {
        return new Conversation(userId, Optional.empty(), fallbackResponseUrl);
    }

    /** Privately to one user: ephemeral through the response_url when there is one, else in the direct message. */
    static ReplyTarget privateTo(String userId, String responseUrl) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return directMessage(userId, Optional.empty());
        }
        return new Ephemeral(responseUrl, userId);
    }

    static ReplyTarget inThread(String channel, String threadTs) {
        return new Conversation(channel, Optional.of(threadTs), Optional.empty());
    }
}
