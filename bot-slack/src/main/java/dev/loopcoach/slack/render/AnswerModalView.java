package dev.loopcoach.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.loopcoach.slack.interaction.ActionIds;
import dev.loopcoach.slack.interaction.QuestionRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The modal where a candidate types an answer, and the parser that reads it back. */
public final class AnswerModalView {
    public static final String TITLE = "Your answer";
    public static final String SUBMIT = "Send answer";
    public static final String CLOSE = "Cancel";

    private AnswerModalView() {
    }

    /** @param privateMetadata an opaque key (at most 3,000 characters) that leads back to the conversation */
    public static View build(Optional<QuestionRef> question, String privateMetadata) {
        if (privateMetadata.length() > SlackLimits.PRIVATE_METADATA) {
            throw new IllegalArgumentException("private_metadata longer than 3000 characters");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        question.ifPresent(q -> {
            String label = q.label().isBlank() ? "" : Mrkdwn.bold(q.label()) + "\n";
            blocks.add(BlockKit.section(Mrkdwn.truncate(label + Mrkdwn.escape(q.text()), SlackLimits.SECTION_TEXT)));
        });
        blocks.add(BlockKit.answerInput(ActionIds.ANSWER_INPUT_BLOCK, ActionIds.ANSWER_INPUT, "Up to 3,000 characters. "
                + "For a longer answer, send it as a message in our direct messages instead."));
        return BlockKit.modal(ActionIds.ANSWER_MODAL, TITLE, SUBMIT, CLOSE, privateMetadata, blocks);
    }

    /** The typed answer, stripped; empty when the field is missing or blank. */
    public static Optional<String> answer(ViewState state) {
        if (state == null || state.getValues() == null) {
            return Optional.empty();
        }
        Map<String, ViewState.Value> block = state.getValues().get(ActionIds.ANSWER_INPUT_BLOCK);
        if (block == null) {
            return Optional.empty();
        }
        ViewState.Value v = block.get(ActionIds.ANSWER_INPUT);
        if (v == null || v.getValue() == null || v.getValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.getValue().strip());
    }
}
