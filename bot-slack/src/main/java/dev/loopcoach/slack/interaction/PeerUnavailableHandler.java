package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.command.PeerSubcommand;
import dev.loopcoach.slack.web.ReplyTarget;

/** A peer mock button on a bot that has no peer mocks (they were turned off since): a polite private answer. */
public final class PeerUnavailableHandler implements BlockActionHandler {
    private final CoachRunner runner;

    public PeerUnavailableHandler(CoachRunner runner) {
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        ReplyTarget target = ReplyTarget.privateTo(click.userId(), click.responseUrl().orElse(null));
        runner.later(click.user(), "peer mock off", () -> runner.send(target, Reply.info(PeerSubcommand.NOT_AVAILABLE)));
        return ctx.ack();
    }
}
