package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach verdicts [mode]}: whether the verdict on your daily-thread answers comes to you privately. */
public final class VerdictsSubcommand implements Subcommand {
    static final String MODE = "mode";
    private final CoachCall call;

    public VerdictsSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("verdicts", "Get the verdict on your daily answers privately, or in the thread")
                .addOptions(new OptionData(OptionType.STRING, MODE, "Where your verdicts go (leave empty to see)")
                        .addChoice("Privately to me (my answer stays in the thread)", "private")
                        .addChoice("In the thread, under my answer", "public"));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.Verdicts(InterviewOptions.string(event, MODE).orElse("")));
    }
}
