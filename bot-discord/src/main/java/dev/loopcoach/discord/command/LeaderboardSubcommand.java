package dev.loopcoach.discord.command;

import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.daily.DiscordDaily;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.interaction.ReplySender;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /coach leaderboard [action]}: the server's opt-in practice board. Joining and leaving are written before the
 * interaction is deferred; every answer is visible only to the member who asked. The name shown is the member's name in
 * this server when they join, as plain text.
 */
public final class LeaderboardSubcommand implements Subcommand {
    static final String ACTION = "action";
    static final String IN_A_SERVER = "The practice board belongs to a server: use /coach leaderboard in the server.";
    static final String UNAVAILABLE = "The practice board is not available on this Loop Coach bot.";

    private final DailyControl daily;
    private final ReplySender sender;

    public LeaderboardSubcommand(DailyControl daily, ReplySender sender) {
        this.daily = daily;
        this.sender = sender;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("leaderboard", "The server's opt-in practice board: practice days and streaks, never scores")
                .addOptions(new OptionData(OptionType.STRING, ACTION, "Show it (default), join it, or leave it")
                        .addChoice("Show the board", "show")
                        .addChoice("Join: list me with my practice days and streak", "join")
                        .addChoice("Leave: take me off at once", "leave"));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        Optional<PracticeBoard> board = daily.board();
        if (board.isEmpty()) {
            CoachCall.refuse(event, UNAVAILABLE);
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null || event.getMember() == null) {
            CoachCall.refuse(event, IN_A_SERVER);
            return;
        }
        PracticeBoard.Community community = new PracticeBoard.Community(DiscordDaily.PLATFORM, event.getGuild().getId());
        var user = Privacy.user(event);
        String action = InterviewOptions.string(event, ACTION).orElse("show");
        switch (action) {
            case "join" -> {
                String name = event.getMember().getEffectiveName();
                Reply reply = BeforeAck.setting(() -> board.get().join(community, user, name));
                sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(reply));
            }
            case "leave" -> {
                Reply reply = BeforeAck.setting(() -> board.get().leave(community, user));
                sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(reply));
            }
            default -> sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(board.get().board(community, user)));
        }
    }
}
