package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach drill [answer]}: the story drill due first, or the answer to it (a story's number or title, or a telling). */
public final class DrillSubcommand implements Subcommand {
    static final String ANSWER = "answer";
    private final CoachCall call;

    public DrillSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("drill", "Drill your own stories: which one fits a question, and each told in 90 seconds")
                .addOptions(new OptionData(OptionType.STRING, ANSWER,
                        "Your answer to the drill shown: a story's number or title, or your telling").setMaxLength(4000));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.Drill(InterviewOptions.string(event, ANSWER).orElse("")));
    }
}
