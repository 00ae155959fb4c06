package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.web.ReplyTarget;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /coach leaderboard [join|leave]}: the workspace's opt-in practice board. Joining and leaving are written before
 * the ack (the answer rides on it); the board itself is read after it and shown only to the person who asked. The name
 * shown is the member's Slack display name at the time they join, so the board never mentions anyone.
 */
public final class LeaderboardSubcommand implements Subcommand {
    static final String USAGE = "Use: /coach leaderboard to see the practice board, /coach leaderboard join to be on it "
            + "(practice days and streaks only), /coach leaderboard leave to come off it at once.";
    static final String NO_NAME = "I couldn't read your Slack name just now, so you're not on the board yet. Please try "
            + "again in a minute.";

    private final Optional<PracticeBoard> board;
    private final SlackWebApi web;
    private final CoachRunner runner;

    public LeaderboardSubcommand(Optional<PracticeBoard> board, SlackWebApi web, CoachRunner runner) {
        this.board = board;
        this.web = web;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        if (board.isEmpty()) {
            return ctx.ack("The practice board is not available on this Loop Coach server.");
        }
        PracticeBoard.Community community = new PracticeBoard.Community(SlackUsers.PLATFORM, inv.teamId());
        switch (args.strip().toLowerCase(Locale.ROOT)) {
            case "", "show" -> {
                ReplyTarget target = ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
                runner.later(inv.user(), "leaderboard", target, () -> runner.send(target, board.get().board(community, inv.user())));
                return ctx.ack();
            }
            case "join" -> {
                return ctx.ack(Mrkdwn.escape(BeforeAck.setting(() -> join(community, inv)).plainText().strip()));
            }
            case "leave" -> {
                return ctx.ack(Mrkdwn.escape(BeforeAck.setting(() -> board.get().leave(community, inv.user())).plainText().strip()));
            }
            default -> {
                return ctx.ack(USAGE);
            }
        }
    }

    private Reply join(PracticeBoard.Community community, SlashInvocation inv) {
        Optional<String> name = new dev.loopcoach.slack.SlackDisplayNames(web).of(inv.userId());
        return name.isEmpty() ? Reply.error(NO_NAME) : board.get().join(community, inv.user(), name.get());
    }

}
