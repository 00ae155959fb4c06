package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach history [id]}: the questions answered, or every attempt at one and what changed. */
public final class HistorySubcommand implements Subcommand {
    static final String ID_OPTION = "id";
    private final CoachCall call;

    public HistorySubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("history", "Your attempts at questions, and what changed between the last two")
                .addOptions(new OptionData(OptionType.STRING, ID_OPTION, "A question id such as mx-01 (leave empty to list)")
                        .setMaxLength(40));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.ShowHistory(InterviewOptions.string(event, ID_OPTION)));
    }
}
