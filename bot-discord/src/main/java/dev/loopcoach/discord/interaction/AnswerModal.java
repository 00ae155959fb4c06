package dev.loopcoach.discord.interaction;

import dev.loopcoach.discord.render.DiscordLimits;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** The modal an Answer button opens: one paragraph input of up to 4,000 characters, optionally pre-filled. */
public final class AnswerModal {
    public static final String INPUT_ID = "answer";
    static final String TITLE = "Your answer";
    static final String LABEL = "Answer (up to 4,000 characters)";
    static final String PLACEHOLDER = "Situation, task, what you did, the result in numbers, and what you learned.";

    private AnswerModal() {
    }

    public static Modal create(String modalId, String draft) {
        TextInput.Builder input = TextInput.create(INPUT_ID, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, DiscordLimits.TEXT_INPUT_MAX)
                .setPlaceholder(PLACEHOLDER);
        if (draft != null && !draft.isBlank()) {
            input.setValue(draft.length() > DiscordLimits.TEXT_INPUT_MAX ? draft.substring(0, DiscordLimits.TEXT_INPUT_MAX) : draft);
        }
        return Modal.create(modalId, TITLE).addComponents(Label.of(LABEL, input.build())).build();
    }
}
