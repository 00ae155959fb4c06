package dev.loopcoach.discord.peer;

import dev.loopcoach.discord.interaction.ModalValues;
import dev.loopcoach.discord.render.DiscordLimits;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/** The candidate's form behind Paste answer: one paragraph of up to 4,000 characters for the coach to vote on. */
final class PeerAnswerModal {
    static final String INPUT_ID = "peer-answer";
    static final String TITLE = "Your answer, for the coach's vote";
    static final String LABEL = "Your answer (up to 4,000 characters)";
    static final String PLACEHOLDER = "Paste what you said, or a summary: situation, task, what you did, the result.";

    private PeerAnswerModal() {
    }

    static Modal create(long pairId) {
        TextInput input = TextInput.create(INPUT_ID, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, DiscordLimits.TEXT_INPUT_MAX)
                .setPlaceholder(PLACEHOLDER)
                .build();
        return Modal.create(new PeerComponent.AnswerForm(pairId).customId(), TITLE).addComponents(Label.of(LABEL, input)).build();
    }

    static String read(ModalInteractionEvent event) {
        return ModalValues.text(event, INPUT_ID).orElse("");
    }
}
