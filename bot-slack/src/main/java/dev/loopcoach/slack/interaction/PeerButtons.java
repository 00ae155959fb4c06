package dev.loopcoach.slack.interaction;

import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.slack.render.BlockKit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The buttons of peer mock messages: one per {@link Step}, each carrying the pair's id as its value. */
public final class PeerButtons {
    private static final String PREFIX = "lc.peer_";

    private PeerButtons() {
    }

    public static String actionId(Step step) {
        return PREFIX + step.name().toLowerCase(Locale.ROOT);
    }

    public static List<ButtonElement> of(List<Step> steps, long pairId) {
        return steps.stream().map(s -> button(s, String.valueOf(pairId))).toList();
    }

    /** The pair a click names, if its value is one. */
    static Optional<Long> pair(ActionInvocation click) {
        try {
            return click.value().map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ButtonElement button(Step step, String value) {
        String id = actionId(step);
        return switch (step) {
            case ACCEPT -> BlockKit.button(id, "Accept", value, "primary");
            case DECLINE -> BlockKit.button(id, "Decline", value, null);
            case KIT -> BlockKit.button(id, "Kit", value, "primary");
            case VOTE -> BlockKit.button(id, "Vote", value, null);
            case ANSWER -> BlockKit.button(id, "Paste answer", value, null);
            case SWAP -> BlockKit.button(id, "Swap roles", value, null);
            // both end the pair for the two of them, so a stray click asks first
            case NO_SHOW -> confirmed(BlockKit.button(id, "No-show", value, "danger"), "Report a no-show?",
                    "This ends the peer mock for both of you. Your partner is told kindly, and you go back on the list.",
                    "Report");
            case FINISH -> confirmed(BlockKit.button(id, "Finish", value, null), "Finish this peer mock?",
                    "This ends the peer mock for both of you; the buttons here stop working.", "Finish");
        };
    }

    private static ButtonElement confirmed(ButtonElement b, String title, String text, String yes) {
        b.setConfirm(BlockKit.confirm(title, text, yes, "Not yet"));
        return b;
    }
}
