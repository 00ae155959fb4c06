package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.daily.SnoozeRequest;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.interaction.ThreadCoachingSwitch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@code /coach snooze [N days|N weeks|until YYYY-MM-DD]}: no thread coaching for a while, back by itself after. */
public final class SnoozeSubcommand implements Subcommand {
    static final String USAGE = "Snooze thread coaching with /coach snooze (a week), /coach snooze 3 days, "
            + "/coach snooze 2 weeks or /coach snooze until 2026-12-24 (at most 90 days).";

    private final ThreadCoachingSwitch toggle;
    private final CoachRunner runner;

    public SnoozeSubcommand(ThreadCoachingSwitch toggle, CoachRunner runner) {
        this.toggle = toggle;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        Optional<LocalDate> until = SnoozeRequest.until(("snooze " + args).strip(), LocalDate.now(ZoneOffset.UTC));
        if (until.isEmpty()) {
            return ctx.ack(USAGE);
        }
        // written before the ack: a snooze Slack was told about is a snooze kept
        return ctx.ack(Mrkdwn.escape(runner.beforeAck(() -> toggle.snooze(inv.user(), until.get()))));
    }
}
