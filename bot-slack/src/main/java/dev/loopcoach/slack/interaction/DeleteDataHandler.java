package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under "delete all your data?": the confirming one runs the deletion, the other keeps
 * everything. Either way the question message is replaced, so its buttons cannot be pressed twice.
 */
public final class DeleteDataHandler implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeleteDataHandler.class);

    private final boolean confirm;
    private final CoachRunner runner;
    private final ReplySender sender;

    public DeleteDataHandler(boolean confirm, CoachRunner runner, ReplySender sender) {
        this.confirm = confirm;
        this.runner = runner;
        this.sender = sender;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        runner.later(click.user(), confirm ? "delete my data" : "keep my data", () -> {
            Reply reply = confirm
                    ? runner.handle(click.user(), new CoachCommand.DeleteMyData(true))
                    : Reply.info("Nothing was deleted; your data is kept.");
            if (click.responseUrl().isPresent()) {
                try {
                    sender.replaceOriginal(click.responseUrl().get(), reply);
                    return;
                } catch (SlackCallException e) {
                    LOG.warn("Could not replace the delete question for {}: {}", click.userId(), e.error());
                }
            }
            runner.send(click.target(), reply);
        });
        return ctx.ack();
    }
}
