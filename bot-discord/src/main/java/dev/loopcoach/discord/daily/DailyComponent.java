package dev.loopcoach.discord.daily;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a button or form of the daily question stands for, written into its custom id.
 *
 * <p>Unlike the practice buttons (opaque keys to state kept in memory for two hours), these ids carry their
 * meaning: the daily post may have been sent by another process (the scheduler runs wherever db-scheduler picks
 * it) and stays up for days, so no process-local state could back it. They hold only public snowflakes (channel,
 * post, user), never anything secret, and are read by this one codec with a strict pattern; anything else is
 * not a daily id. The longest one is 73 characters, within Discord's 100.
 */
public sealed interface DailyComponent {
    /** Every daily custom id starts with this (the practice ids start with {@code lc:}). */
    String PREFIX = "lcd:";

    String customId();

    /** "Answer" on the daily post itself: the post and its channel are the message and channel it sits on. */
    record AnswerOnPost() implements DailyComponent {
        @Override
        public String customId() {
            return PREFIX + "answer";
        }
    }

    /** "Answer" inside the thread, naming the post (whose id is also the thread's id) and its channel. */
    record Answer(String channelId, String postId) implements DailyComponent {
        public Answer {
            snowflake(channelId);
            snowflake(postId);
        }

        @Override
        public String customId() {
            return PREFIX + "answer:" + channelId + ":" + postId;
        }
    }

    /** "Answer the follow-up" under the coaching of {@code userId}; only that person may use it. */
    record FollowUp(String channelId, String postId, String userId) implements DailyComponent {
        public FollowUp {
            snowflake(channelId);
            snowflake(postId);
            snowflake(userId);
        }

        @Override
        public String customId() {
            return PREFIX + "follow:" + channelId + ":" + postId + ":" + userId;
        }
    }

    /** "Mute coaching for me": whoever presses it. */
    record Mute() implements DailyComponent {
        @Override
        public String customId() {
            return PREFIX + "mute";
        }
    }

    /** "Turn coaching back on". */
    record Unmute() implements DailyComponent {
        @Override
        public String customId() {
            return PREFIX + "unmute";
        }
    }

    /** A guess on a "Guess the Bar Raiser" card: the vote, then the round. */
    record Guess(dev.loopcoach.core.coaching.Vote vote, long roundId) implements DailyComponent {
        @Override
        public String customId() {
            return PREFIX + "guess:" + vote.ordinal() + ":" + roundId;
        }
    }

    /** Reveal on a "Guess the Bar Raiser" card. */
    record Reveal(long roundId) implements DailyComponent {
        @Override
        public String customId() {
            return PREFIX + "reveal:" + roundId;
        }
    }

    /** The answer form; {@code followUp} only changes its title. */
    record AnswerForm(String channelId, String postId, boolean followUp) implements DailyComponent {
        public AnswerForm {
            snowflake(channelId);
            snowflake(postId);
        }

        @Override
        public String customId() {
            return PREFIX + (followUp ? "form-follow:" : "form:") + channelId + ":" + postId;
        }
    }

    /**
     * The custom id with the daily post's key after a {@code ~}: the post's own button carries it, so the post can be
     * recognised in the channel's history (Discord keeps no nonce there) when a send's outcome was unknown.
     */
    static String keyed(String customId, String postKey) {
        return customId + "~" + postKey;
    }

    /** The post key a custom id carries, if any. */
    static Optional<String> postKey(String customId) {
        if (customId == null || customId.length() > 100) {
            return Optional.empty();
        }
        Matcher m = Codec.SHAPE.matcher(customId);
        return m.matches() ? Optional.ofNullable(m.group(5)) : Optional.empty();
    }

    static boolean isDaily(String customId) {
        return customId != null && customId.startsWith(PREFIX);
    }

    /** The component a custom id names, or empty when it is not a well-formed daily id. */
    static Optional<DailyComponent> parse(String customId) {
        if (customId == null || customId.length() > 100) {
            return Optional.empty();
        }
        Matcher m = Codec.SHAPE.matcher(customId);
        if (!m.matches()) {
            return Optional.empty();
        }
        String kind = m.group(1);
        String a = m.group(2);
        String b = m.group(3);
        String c = m.group(4);
        int parts = a == null ? 0 : b == null ? 1 : c == null ? 2 : 3;
        switch (kind) {
            case "answer":
                return parts == 0 ? Optional.of(new AnswerOnPost()) : parts == 2 ? Optional.of(new Answer(a, b)) : Optional.empty();
            case "follow":
                return parts == 3 ? Optional.of(new FollowUp(a, b, c)) : Optional.empty();
            case "mute":
                return parts == 0 ? Optional.of(new Mute()) : Optional.empty();
            case "unmute":
                return parts == 0 ? Optional.of(new Unmute()) : Optional.empty();
            case "guess": {
                if (parts != 2 || Integer.parseInt(a) >= dev.loopcoach.core.coaching.Vote.values().length) {
                    return Optional.empty();
                }
                return Optional.of(new Guess(dev.loopcoach.core.coaching.Vote.values()[Integer.parseInt(a)], Long.parseLong(b)));
            }
            case "reveal":
                return parts == 1 ? Optional.of(new Reveal(Long.parseLong(a))) : Optional.empty();
            case "form":
            case "form-follow":
                return parts == 2 ? Optional.of(new AnswerForm(a, b, kind.equals("form-follow"))) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static void snowflake(String id) {
        Objects.requireNonNull(id, "id");
        if (!Codec.SNOWFLAKE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Discord id: " + id);
        }
    }

    /** The patterns of the codec (an interface cannot hold private constants). */
    final class Codec {
        static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
        static final Pattern SHAPE = Pattern.compile(
                "lcd:([a-z-]{1,12})(?::([0-9]{1,20}))?(?::([0-9]{1,20}))?(?::([0-9]{1,20}))?(?:~(lcd[0-9a-f]{21}))?");

        private Codec() {
        }
    }
}
