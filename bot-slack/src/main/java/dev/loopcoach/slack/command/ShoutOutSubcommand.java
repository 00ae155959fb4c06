package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.slack.daily.SlackDaily;
import dev.loopcoach.slack.render.Mrkdwn;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /coach shoutout on|off}: the weekly practice shout-out in this channel (admins and the allow-list only, like
 * the daily questions). The admin check and the write happen before the ack, which carries the answer.
 */
public final class ShoutOutSubcommand implements Subcommand {
    static final String USAGE = "Use: /coach shoutout on (every Monday at 09:00 this channel gets a short post naming "
            + "members who joined the practice board and practised that week) or /coach shoutout off.";

    private final Optional<PracticeBoard> board;
    private final AdminCheck admins;

    public ShoutOutSubcommand(Optional<PracticeBoard> board, AdminCheck admins) {
        this.board = board;
        this.admins = admins;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        if (board.isEmpty()) {
            return ctx.ack("The practice board is not available on this Loop Coach server.");
        }
        if (inv.channelId() == null || inv.channelId().startsWith("D")) {
            return ctx.ack("The weekly shout-out is for channels: run this in the channel that should get it.");
        }
        String verb = args.strip().toLowerCase(Locale.ROOT);
        if (!verb.equals("on") && !verb.equals("off")) {
            return ctx.ack(USAGE);
        }
        Reply reply = BeforeAck.setting(() -> {
            AdminCheck.Verdict v = admins.check(inv.userId());
            if (!AdminCheck.allowed(v)) {
                return Reply.error(v == AdminCheck.Verdict.UNKNOWN
                        ? "I could not check your workspace role with Slack just now, so nothing was changed."
                        : "Only workspace admins and owners (or people on Loop Coach's allow-list) can turn the shout-out "
                                + "on or off. Nothing was changed.");
            }
            return board.get().shoutOut(SlackDaily.channelKey(inv.teamId(), inv.channelId()), verb.equals("on"));
        });
        return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
    }
}
