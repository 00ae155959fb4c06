package dev.loopcoach.slack.interaction;

import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.slack.render.BlockKit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The buttons of a "Guess the Bar Raiser" card: one per vote, then Reveal; each carries the round's id. */
public final class GuessButtons {
    public static final String REVEAL = "lc.guess_reveal";
    private static final String VOTE_PREFIX = "lc.guess_";

    private GuessButtons() {
    }

    public static List<ButtonElement> card(long roundId) {
        List<ButtonElement> out = new ArrayList<>();
        for (Vote v : Vote.values()) {
            out.add(BlockKit.button(actionId(v), v.label(), String.valueOf(roundId), null));
        }
        out.add(BlockKit.button(REVEAL, "Reveal", String.valueOf(roundId), "primary"));
        return out;
    }

    public static String actionId(Vote vote) {
        return VOTE_PREFIX + vote.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The round a click names, if its value is one. */
    static Optional<Long> round(ActionInvocation click) {
        try {
            return click.value().map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
