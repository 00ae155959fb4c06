package dev.loopcoach.discord.peer;

import dev.loopcoach.core.together.PeerMock.Step;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a peer mock button or form stands for, written into its custom id: the step and the pair's id.
 *
 * <p>Like the daily ids (and unlike the practice buttons, opaque keys to state kept two hours in one process), these
 * carry their meaning: a proposal waits in a DM for days and a pair's thread outlives any process, so no process-local
 * state could back them. The pair id is not a secret: the core refuses anyone who is not one of the pair. The longest
 * id is 34 characters, within Discord's 100.
 */
public sealed interface PeerComponent {
    /** Every peer custom id starts with this (practice ids with {@code lc:}, daily ids with {@code lcd:}). */
    String PREFIX = "lcp:";

    String customId();

    long pairId();

    /** A step button: Accept, Decline, Kit, Vote, Paste answer, Swap roles, No-show, Finish. */
    record Press(Step step, long pairId) implements PeerComponent {
        @Override
        public String customId() {
            return PREFIX + key(step) + ":" + pairId;
        }
    }

    /** The interviewer's vote form. */
    record VoteForm(long pairId) implements PeerComponent {
        @Override
        public String customId() {
            return PREFIX + "form-vote:" + pairId;
        }
    }

    /** The candidate's pasted-answer form. */
    record AnswerForm(long pairId) implements PeerComponent {
        @Override
        public String customId() {
            return PREFIX + "form-answer:" + pairId;
        }
    }

    static boolean isPeer(String customId) {
        return customId != null && customId.startsWith(PREFIX);
    }

    /** The component a custom id names, or empty when it is not a well-formed peer id. */
    static Optional<PeerComponent> parse(String customId) {
        if (customId == null || customId.length() > 100) {
            return Optional.empty();
        }
        Matcher m = Codec.SHAPE.matcher(customId);
        if (!m.matches()) {
            return Optional.empty();
        }
        long pairId = Long.parseLong(m.group(2));
        switch (m.group(1)) {
            case "form-vote":
                return Optional.of(new VoteForm(pairId));
            case "form-answer":
                return Optional.of(new AnswerForm(pairId));
            default:
                for (Step s : Step.values()) {
                    if (key(s).equals(m.group(1))) {
                        return Optional.of(new Press(s, pairId));
                    }
                }
                return Optional.empty();
        }
    }

    private static String key(Step step) {
        return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The pattern of the codec (an interface cannot hold private constants). */
    final class Codec {
        static final Pattern SHAPE = Pattern.compile("lcp:([a-z-]{1,12}):([0-9]{1,18})");

        private Codec() {
        }
    }
}
