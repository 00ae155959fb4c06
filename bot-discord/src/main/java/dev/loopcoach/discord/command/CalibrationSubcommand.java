package dev.loopcoach.discord.command;

import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.interaction.ReplySender;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach calibration}: how your guesses of the Bar Raiser's vote compared so far, for you alone. */
public final class CalibrationSubcommand implements Subcommand {
    private final DailyControl daily;
    private final ReplySender sender;

    public CalibrationSubcommand(DailyControl daily, ReplySender sender) {
        this.daily = daily;
        this.sender = sender;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("calibration", "How your guesses of the Bar Raiser's vote compared so far");
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        if (daily.guesses().isEmpty()) {
            CoachCall.refuse(event, "Guess the Bar Raiser is not available on this Loop Coach bot.");
            return;
        }
        sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(daily.guesses().get().calibration(Privacy.user(event))));
    }
}
