package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.AnswerModalView;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Answer button: opens the answer modal at once. This is the one Web API call made before the ack,
 * because the trigger_id expires within seconds and must not wait behind queued work. The modal's
 * private_metadata is an opaque key to where the question was asked.
 */
public final class AnswerButtonHandler implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerButtonHandler.class);

    private final SlackWebApi web;
    private final InteractionKeys keys;
    private final CoachRunner runner;

    public AnswerButtonHandler(SlackWebApi web, InteractionKeys keys, CoachRunner runner) {
        this.web = web;
        this.keys = keys;
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        Optional<QuestionRef> question = click.value().flatMap(v -> keys.get(v, QuestionRef.class));
        String key = keys.put(new ModalContext(click.target(), question));
        try {
            web.openView(click.triggerId(), AnswerModalView.build(question, key));
        } catch (SlackCallException e) {
            LOG.warn("Could not open the answer modal for {}: {}", click.userId(), e.error());
            runner.later(click.user(), "answer modal fallback", () -> runner.send(click.target(), Reply.error(
                    "I could not open the answer box (Slack said: " + e.error() + "). You can type your answer as a "
                            + "message in our direct messages instead.")));
        }
        return ctx.ack();
    }
}
