package dev.loopcoach.core.port;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.reply.Reply;

/**
 * Posts a daily question into a channel; each platform adapter implements it. The returned reference
 * identifies the posted message (the Slack ts, the Discord message id that also names its thread) so
 * replies in its thread can be matched to the question.
 */
@FunctionalInterface
public interface ChannelPoster {

    /**
     * @throws Rejected when the platform refused and nothing was posted (bot not in the channel, channel gone);
     *         any other exception means the outcome is unknown
     */
    String post(ChannelKey channel, Reply question);

    /**
     * Posts with an idempotency key ({@link dev.loopcoach.core.daily.PostKey}): the platform message carries it, so
     * {@link #find} can tell later whether a send whose outcome was unknown reached the channel. Platforms that can
     * carry nothing fall back to a plain post.
     */
    default String post(ChannelKey channel, Reply question, String postKey) {
        return post(channel, question);
    }

    /** Whether a post with {@code postKey} is in the channel, looking at messages since {@code since}. */
    /**
     * Posts a plain announcement (no buttons, no thread, nobody mentioned), such as the weekly practice shout-out.
     *
     * @throws Rejected when the platform refused or cannot post announcements
     */
    default String announce(ChannelKey channel, Reply message) {
        throw new Rejected("announcements are not supported here");
    }

    default Lookup find(ChannelKey channel, String postKey, java.time.Instant since) {
        return new Lookup.Unknown("this platform cannot look posts up");
    }

    /** What a look-up found; only {@link Absent} allows sending again. */
    sealed interface Lookup {
        /** The post is there: this is its message reference. */
        record Found(String messageRef) implements Lookup {
        }

        /** The channel was read and holds no such post. */
        record Absent() implements Lookup {
        }

        /** The channel could not be read (platform error, no access): try again later, do not resend. */
        record Unknown(String why) implements Lookup {
        }
    }

    /**
     * Whether this process can post to channels of {@code platform}. A process running only the Slack bot must not
     * claim the Discord channels' slots (another process posts those), so the due-check skips unserved platforms.
     */
    default boolean serves(String platform) {
        return true;
    }

    /** The platform refused the post for certain; {@code reason} is its short error code or a plain phrase. */
    final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        public Rejected(String reason, Throwable cause) {
            super("post refused: " + reason, cause);
            this.reason = reason;
        }

        public Rejected(String reason) {
            this(reason, null);
        }

        public String reason() {
            return reason;
        }
    }
}
