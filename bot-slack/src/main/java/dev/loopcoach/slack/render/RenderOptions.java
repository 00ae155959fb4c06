package dev.loopcoach.slack.render;

import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;

/**
 * Per-message choices the renderer cannot know from the reply alone.
 *
 * @param answerKey     opaque key put in the Answer button's value (points at the question being answered)
 * @param typedAnswers  the message is in a DM with the bot, where a typed message also counts as an answer
 * @param extraButtons  buttons added after the reply's own actions (e.g. "Mute thread coaching")
 * @param answerOf      the Slack user whose answer the reply judges, named at its top (feedback in a shared thread)
 */
public record RenderOptions(Optional<String> answerKey, boolean typedAnswers, List<ButtonElement> extraButtons,
                            Optional<String> answerOf) {
    public RenderOptions {
        answerKey = answerKey == null ? Optional.empty() : answerKey;
        extraButtons = extraButtons == null ? List.of() : List.copyOf(extraButtons);
        answerOf = answerOf == null ? Optional.empty() : answerOf.filter(id -> id.matches("[UW][A-Z0-9]{2,20}"));
    }

    public RenderOptions(Optional<String> answerKey, boolean typedAnswers, List<ButtonElement> extraButtons) {
        this(answerKey, typedAnswers, extraButtons, Optional.empty());
    }

    public static RenderOptions plain() {
        return new RenderOptions(Optional.empty(), false, List.of());
    }
}
