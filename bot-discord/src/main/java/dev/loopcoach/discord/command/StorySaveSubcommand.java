package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach story-save title:}: saves the last answer given as a story in the bank, under that title. */
public final class StorySaveSubcommand implements Subcommand {
    static final String TITLE_OPTION = "title";
    private final CoachCall call;

    public StorySaveSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("story-save", "Save your last answer as a story in your bank")
                .addOptions(new OptionData(OptionType.STRING, TITLE_OPTION, "A short title for the story", true)
                        .setMaxLength(100));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.SaveAnswerAsStory(InterviewOptions.string(event, TITLE_OPTION).orElse("").strip()));
    }
}
