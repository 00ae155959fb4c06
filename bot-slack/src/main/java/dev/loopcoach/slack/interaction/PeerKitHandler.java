package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.slack.CoachRunner;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kit: the interviewer's kit (the question, what to listen for, red flags, probes) or the candidate's brief, read after
 * the ack and shown only to whoever pressed it, in the conversation where they pressed it (chat.postEphemeral).
 */
public final class PeerKitHandler implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PeerKitHandler.class);

    private final PeerMock peers;
    private final PeerSender sender;
    private final CoachRunner runner;

    public PeerKitHandler(PeerMock peers, PeerSender sender, CoachRunner runner) {
        this.peers = peers;
        this.sender = sender;
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        PeerActor actor = PeerActor.of(click);
        Optional<Long> pair = PeerButtons.pair(click);
        runner.later(actor.user(), "peer kit", () -> sender.privately(actor, pair.map(id -> kit(id, actor))
                .orElseGet(() -> PeerSender.told(Reply.error(PeerSender.STALE)))));
        return ctx.ack();
    }

    private Outcome kit(long pairId, PeerActor actor) {
        try {
            return peers.kit(pairId, actor.user());
        } catch (RuntimeException e) {
            LOG.warn("Reading the kit of peer mock {} for {} failed: {}", pairId, actor.userId(), e.toString());
            return PeerSender.told(Reply.error(Intake.COMMAND_NOT_TAKEN));
        }
    }
}
