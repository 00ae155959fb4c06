package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.interaction.ThreadCoachingSwitch;

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
        // written before the ack: a setting Slack was told about is a setting kept
        return ctx.ack(Mrkdwn.escape(runner.beforeAck(() -> toggle.set(inv.user(), mute))));
    }
}
