package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.slack.CoachRunner;

/** One button that is exactly one core command (Hint, Skip, Repeat, End, Resume, New interview). */
public final class SessionActionHandler implements BlockActionHandler {
    private final CoachCommand command;
    private final CoachRunner runner;

    public SessionActionHandler(CoachCommand command, CoachRunner runner) {
        this.command = command;
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        runner.runLater(click.user(), command, click.target());
        return ctx.ack();
    }
}
