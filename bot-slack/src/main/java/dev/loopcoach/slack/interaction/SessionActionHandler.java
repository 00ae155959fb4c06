package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackIntake;

/**
 * One button that is exactly one core command (Hint, Skip, Repeat, End, Resume, New interview); one that changes the
 * interview is kept in the inbox before the click is acknowledged.
 */
public final class SessionActionHandler implements BlockActionHandler {
    private final CoachCommand command;
    private final CoachRunner runner;
    private final SlackIntake intake;
    private final UsedButtons used;

    public SessionActionHandler(CoachCommand command, CoachRunner runner, SlackIntake intake, UsedButtons used) {
        this.command = command;
        this.runner = runner;
        this.intake = intake;
        this.used = used;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        boolean fresh = click.channelId().isEmpty() || click.messageTs().isEmpty()
                || used.firstUse(click.channelId().get(), click.messageTs().get());
        if (fresh) {
            if (intake.run(click.user(), command, click.userId(), click.target())
                    == Intake.Receipt.UNAVAILABLE) {
                runner.later(click.user(), "not taken", () -> runner.send(click.target(),
                        dev.loopcoach.core.reply.Reply.error(Intake.COMMAND_NOT_TAKEN)));
            }
        } else {
            runner.later(click.user(), "stale click", () -> runner.send(click.target(),
                    dev.loopcoach.core.reply.Reply.info(UsedButtons.ALREADY_USED)));
        }
        return ctx.ack();
    }
}
