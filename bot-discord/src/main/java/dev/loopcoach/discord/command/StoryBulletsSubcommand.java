package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach story-bullets bullets:}: resume bullets (separated by • or ;) become STAR drafts in the story bank. */
public final class StoryBulletsSubcommand implements Subcommand {
    static final String BULLETS_OPTION = "bullets";
    private final CoachCall call;

    public StoryBulletsSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("story-bullets", "Turn resume bullets into STAR story drafts")
                .addOptions(new OptionData(OptionType.STRING, BULLETS_OPTION,
                        "Your resume bullets, separated by • or ; (e.g. • Led X, cut Y by 20% • Built Z)", true).setMaxLength(4000));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.DraftStoriesFromBullets(InterviewOptions.string(event, BULLETS_OPTION).orElse("")));
    }
}
