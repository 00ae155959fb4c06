package dev.loopcoach.slack.interaction;

import dev.loopcoach.core.reply.Action;
import java.util.Optional;

/**
 * Every action_id, block_id and callback_id the bot uses. Constant strings, never built from data:
 * per-click state travels as an opaque key in the button value or the modal's private_metadata.
 */
public final class ActionIds {
    public static final String PREFIX = "lc.";

    public static final String ANSWER = "lc.answer";
    public static final String HAND_IN = "lc.hand_in";
    public static final String HINT = "lc.hint";
    public static final String SKIP = "lc.skip";
    public static final String REPEAT = "lc.repeat";
    public static final String END = "lc.end";
    public static final String RESUME = "lc.resume";
    public static final String NEW_INTERVIEW = "lc.new_interview";
    public static final String CONFIRM_DELETE = "lc.confirm_delete";
    public static final String KEEP_DATA = "lc.keep_data";
    public static final String MUTE_THREADS = "lc.mute_threads";
    public static final String UNMUTE_THREADS = "lc.unmute_threads";

    /** Block ids. */
    public static final String ACTIONS_BLOCK = "lc.actions";
    public static final String ANSWER_INPUT_BLOCK = "lc.answer_block";
    public static final String ANSWER_INPUT = "lc.answer_input";

    /** Peer mock forms: a vote and a line of evidence per principle (block ids end with the principle's slug), an answer. */
    public static final String PEER_VOTE_BLOCK = "lc.peer_vote.";
    public static final String PEER_EVIDENCE_BLOCK = "lc.peer_evidence.";
    public static final String PEER_VOTE_SELECT = "lc.peer_vote_select";
    public static final String PEER_EVIDENCE_INPUT = "lc.peer_evidence_input";
    public static final String PEER_ANSWER_BLOCK = "lc.peer_answer_block";
    public static final String PEER_ANSWER_INPUT = "lc.peer_answer_input";

    /** Callback ids of views. */
    public static final String ANSWER_MODAL = "lc.answer_modal";
    public static final String HOME_VIEW = "lc.home";
    public static final String PEER_VOTE_MODAL = "lc.peer_vote_modal";
    public static final String PEER_ANSWER_MODAL = "lc.peer_answer_modal";

    private ActionIds() {
    }

    public static String forAction(Action action) {
        return switch (action) {
            case ANSWER -> ANSWER;
            case HAND_IN -> HAND_IN;
            case HINT -> HINT;
            case SKIP -> SKIP;
            case REPEAT -> REPEAT;
            case END -> END;
            case RESUME -> RESUME;
            case NEW_INTERVIEW -> NEW_INTERVIEW;
            case CONFIRM_DELETE -> CONFIRM_DELETE;
            case KEEP_DATA -> KEEP_DATA;
            default -> PREFIX + action.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public static Optional<Action> toAction(String actionId) {
        for (Action a : Action.values()) {
            if (forAction(a).equals(actionId)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
