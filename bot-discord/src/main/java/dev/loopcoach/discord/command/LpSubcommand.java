package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach lp [name]}: explains one Leadership Principle, or lists all 16. */
public final class LpSubcommand implements Subcommand {
    static final String NAME_OPTION = "name";
    private final CoachCall call;

    public LpSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("lp", "What a Leadership Principle means and how interviewers probe it")
                .addOptions(new OptionData(OptionType.STRING, NAME_OPTION, "The principle (leave empty to list all 16)")
                        .setAutoComplete(true).setMaxLength(100));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.ExplainLp(InterviewOptions.string(event, NAME_OPTION)));
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(LpChoices.matching(event.getFocusedOption().getValue())).queue();
    }
}
