package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.interaction.ThreadCoachingSwitch;
import dev.loopcoach.slack.web.ReplyTarget;

/** {@code /coach mute} and {@code /coach unmute}: coaching on your replies under daily questions. */
public final class ThreadCoachingSubcommand implements Subcommand {
    private final boolean mute;
    private final ThreadCoachingSwitch toggle;
    private final CoachRunner runner;

    public ThreadCoachingSubcommand(boolean mute, ThreadCoachingSwitch toggle, CoachRunner runner) {
        this.mute = mute;
        this.toggle = toggle;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        runner.later(inv.user(), mute ? "mute" : "unmute", () -> {
            Reply reply = toggle.set(inv.user(), mute);
            runner.send(ReplyTarget.privateTo(inv.userId(), inv.responseUrl()), reply);
        });
        return ctx.ack();
    }
}
