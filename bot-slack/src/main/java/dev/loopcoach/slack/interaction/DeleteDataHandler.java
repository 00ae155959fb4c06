package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackIntake;
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
    private final SlackIntake intake;
    private final ReplySender sender;

    public DeleteDataHandler(boolean confirm, CoachRunner runner, SlackIntake intake, ReplySender sender) {
        this.confirm = confirm;
        this.runner = runner;
        this.intake = intake;
        this.sender = sender;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        if (!confirm) {
            runner.later(click.user(), "keep my data", () -> answer(click, Reply.info("Nothing was deleted; your data is kept.")));
            return ctx.ack();
        }
        // Kept before the ack: a deletion the person was told about must happen even if this process dies now.
        if (intake.run(click.user(), new CoachCommand.DeleteMyData(true), click.userId(), click.target(),
                reply -> answer(click, reply)) == Intake.Receipt.UNAVAILABLE) {
            runner.later(click.user(), "not taken", () -> answer(click, Reply.error(Intake.COMMAND_NOT_TAKEN)));
        }
        return ctx.ack();
    }

    /** Replaces the question (so its buttons cannot be pressed twice), or answers beside it; true once Slack took it. */
    private boolean answer(ActionInvocation click, Reply reply) {
        if (click.responseUrl().isPresent()) {
            try {
                sender.replaceOriginal(click.responseUrl().get(), reply);
                return true;
            } catch (SlackCallException e) {
                LOG.warn("Could not replace the delete question for {}: {}", click.userId(), e.error());
            }
        }
        return runner.deliver(click.target(), reply);
    }
}
