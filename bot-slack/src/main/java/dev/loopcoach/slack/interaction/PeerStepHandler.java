package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.slack.CoachRunner;
import java.util.Optional;

/**
 * A peer mock button that changes the pair (Accept, Decline, Swap roles, No-show, Finish): written before the ack, the
 * clicker answered privately, the partner and the pair's conversation told after it. The core refuses anyone who is
 * not one of the two members, and the refusal is what the clicker sees.
 */
public final class PeerStepHandler implements BlockActionHandler {
    /** One of the core's pair steps. */
    @FunctionalInterface
    public interface Step {
        Outcome apply(long pairId, UserKey user);
    }

    private final String what;
    private final Step step;
    private final PeerStepRunner steps;
    private final PeerSender sender;
    private final CoachRunner runner;

    public PeerStepHandler(String what, Step step, PeerStepRunner steps, PeerSender sender, CoachRunner runner) {
        this.what = what;
        this.step = step;
        this.steps = steps;
        this.sender = sender;
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        PeerActor actor = PeerActor.of(click);
        Optional<Long> pair = PeerButtons.pair(click);
        if (pair.isEmpty()) {
            tell(actor, Reply.error(PeerSender.STALE));
            return ctx.ack();
        }
        steps.run(actor.user(), what, () -> step.apply(pair.get(), actor.user()), o -> sender.answer(actor, o))
                .notice().ifPresent(r -> tell(actor, r));
        return ctx.ack();
    }

    private void tell(PeerActor actor, Reply reply) {
        runner.later(actor.user(), what, () -> sender.answer(actor, PeerSender.told(reply)));
    }
}
