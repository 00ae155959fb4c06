package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.discord.interaction.ComponentStore;
import dev.loopcoach.discord.interaction.StoryModal;
import dev.loopcoach.discord.render.DiscordLimits;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /coach story-add [title] [text]}: saves a STAR story. With both options it saves at once;
 * otherwise it opens a form (pre-filled with whatever was given), which suits long stories better.
 */
public final class StoryAddSubcommand implements Subcommand {
    private final CoachCall call;
    private final ComponentStore components;

    public StoryAddSubcommand(CoachCall call, ComponentStore components) {
        this.call = call;
        this.components = components;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("story-add", "Save a STAR story to reuse (leave the options empty to get a form)")
                .addOptions(
                        new OptionData(OptionType.STRING, "title", "A short title").setMaxLength(StoryModal.TITLE_MAX),
                        new OptionData(OptionType.STRING, "text", "The story").setMaxLength(DiscordLimits.TEXT_INPUT_MAX));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        Optional<String> title = InterviewOptions.string(event, "title");
        Optional<String> text = InterviewOptions.string(event, "text");
        if (title.isPresent() && text.isPresent()) {
            call.run(event, new CoachCommand.AddStory(title.get(), text.get()));
            return;
        }
        String modalId = components.issueForm(event.getUser().getId(), new ComponentStore.StoryForm());
        event.replyModal(StoryModal.create(modalId, title.orElse(""), text.orElse(""))).queue();
    }
}
