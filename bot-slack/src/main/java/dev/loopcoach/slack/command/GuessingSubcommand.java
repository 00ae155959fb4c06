package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.GuessGame;
import dev.loopcoach.slack.daily.SlackDaily;
import dev.loopcoach.slack.render.Mrkdwn;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /coach guessing on|off}: "Guess the Bar Raiser" under the daily answers of this channel (admins and the
 * allow-list only); {@code /coach guessing} shows how a member's guesses have compared so far, privately.
 */
public final class GuessingSubcommand implements Subcommand {
    static final String USAGE = "Use: /coach guessing on (members guess the vote on each first answer to the daily "
            + "question before it is revealed), /coach guessing off, or /coach guessing to see your calibration.";

    private final Optional<GuessGame> game;
    private final AdminCheck admins;

    public GuessingSubcommand(Optional<GuessGame> game, AdminCheck admins) {
        this.game = game;
        this.admins = admins;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        if (game.isEmpty()) {
            return ctx.ack("Guess the Bar Raiser is not available on this Loop Coach server.");
        }
        String verb = args.strip().toLowerCase(Locale.ROOT);
        if (verb.isEmpty()) {
            return ctx.ack(Mrkdwn.escape(BeforeAck.setting(() -> game.get().calibration(inv.user())).plainText().strip()));
        }
        if (!verb.equals("on") && !verb.equals("off")) {
            return ctx.ack(USAGE);
        }
        if (inv.channelId() == null || inv.channelId().startsWith("D")) {
            return ctx.ack("Guessing is for channels with daily questions: run this in the channel.");
        }
        Reply reply = BeforeAck.setting(() -> {
            AdminCheck.Verdict v = admins.check(inv.userId());
            if (!AdminCheck.allowed(v)) {
                return Reply.error(v == AdminCheck.Verdict.UNKNOWN
                        ? "I could not check your workspace role with Slack just now, so nothing was changed."
                        : "Only workspace admins and owners (or people on Loop Coach's allow-list) can turn guessing on or "
                                + "off. Nothing was changed.");
            }
            return game.get().setOn(SlackDaily.channelKey(inv.teamId(), inv.channelId()), verb.equals("on"));
        });
        return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
    }
}
