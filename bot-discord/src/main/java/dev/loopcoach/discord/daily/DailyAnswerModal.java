package dev.loopcoach.discord.daily;

import dev.loopcoach.discord.render.DiscordLimits;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** The form behind a daily Answer button: one paragraph of up to 4,000 characters, saying where it will appear. */
final class DailyAnswerModal {
    static final String INPUT_ID = "daily-answer";
    static final String TITLE = "Your answer (posted in the thread)";
    static final String FOLLOW_UP_TITLE = "Follow-up answer (posted in the thread)";
    static final String LABEL = "Your answer (up to 4,000 characters)";
    static final String PLACEHOLDER = "One real story: situation, task, what you did, the result in numbers.";
    static final String FOLLOW_UP_PLACEHOLDER = "Answer the follow-up question shown in the thread.";

    private DailyAnswerModal() {
    }

    static Modal create(DailyComponent.AnswerForm form) {
        TextInput input = TextInput.create(INPUT_ID, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, DiscordLimits.TEXT_INPUT_MAX)
                .setPlaceholder(form.followUp() ? FOLLOW_UP_PLACEHOLDER : PLACEHOLDER)
                .build();
        return Modal.create(form.customId(), form.followUp() ? FOLLOW_UP_TITLE : TITLE)
                .addComponents(Label.of(LABEL, input))
                .build();
    }
}
