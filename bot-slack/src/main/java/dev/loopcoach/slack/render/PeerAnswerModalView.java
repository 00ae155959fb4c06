package dev.loopcoach.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.loopcoach.slack.interaction.ActionIds;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate's form in a peer mock round: the answer they gave, pasted for the coach's vote; and its parser. Slack
 * caps a text input at 3,000 characters (the core would keep 4,000, Discord's cap).
 */
public final class PeerAnswerModalView {
    public static final String TITLE = "Paste your answer";
    public static final String SUBMIT = "Get the coach's vote";
    public static final String CLOSE = "Cancel";

    private PeerAnswerModalView() {
    }

    /** @param privateMetadata where the form came from (at most 3,000 characters) */
    public static View build(String privateMetadata) {
        if (privateMetadata.length() > SlackLimits.PRIVATE_METADATA) {
            throw new IllegalArgumentException("private_metadata longer than 3000 characters");
        }
        List<LayoutBlock> blocks = List.of(
                BlockKit.section(Mrkdwn.escape("Paste the answer you just gave (or a summary of it). The coach votes on it, "
                        + "and both of you see its vote beside your interviewer's.")),
                BlockKit.answerInput(ActionIds.PEER_ANSWER_BLOCK, ActionIds.PEER_ANSWER_INPUT,
                        "Up to 3,000 characters: your situation, task, what you did and the result."));
        return BlockKit.modal(ActionIds.PEER_ANSWER_MODAL, TITLE, SUBMIT, CLOSE, privateMetadata, blocks);
    }

    /** The pasted answer, stripped; empty when the field is missing or blank. */
    public static Optional<String> answer(ViewState state) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        ViewState.Value v = state.getValues().getOrDefault(ActionIds.PEER_ANSWER_BLOCK, Map.of()).get(ActionIds.PEER_ANSWER_INPUT);
        return Optional.ofNullable(v == null ? null : v.getValue()).map(String::strip).filter(t -> !t.isEmpty());
    }
}
