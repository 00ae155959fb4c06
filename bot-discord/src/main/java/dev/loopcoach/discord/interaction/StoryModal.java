package dev.loopcoach.discord.interaction;

import dev.loopcoach.discord.render.DiscordLimits;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** The modal of /coach story-add: a short title and the story itself. */
public final class StoryModal {
    public static final String TITLE_ID = "title";
    public static final String TEXT_ID = "story";
    public static final int TITLE_MAX = 100;

    private StoryModal() {
    }

    public static Modal create(String modalId, String title, String text) {
        TextInput.Builder titleInput = TextInput.create(TITLE_ID, TextInputStyle.SHORT)
                .setRequiredRange(1, TITLE_MAX)
                .setPlaceholder("e.g. Cut checkout latency by 40%");
        if (title != null && !title.isBlank()) {
            titleInput.setValue(title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title);
        }
        TextInput.Builder textInput = TextInput.create(TEXT_ID, TextInputStyle.PARAGRAPH)
                .setRequiredRange(1, DiscordLimits.TEXT_INPUT_MAX)
                .setPlaceholder("Situation, task, action, result: the story you want to reuse in interviews.");
        if (text != null && !text.isBlank()) {
            textInput.setValue(text.length() > DiscordLimits.TEXT_INPUT_MAX ? text.substring(0, DiscordLimits.TEXT_INPUT_MAX) : text);
        }
        return Modal.create(modalId, "Add a story")
                .addComponents(Label.of("Title", titleInput.build()), Label.of("Story (up to 4,000 characters)", textInput.build()))
                .build();
    }
}
