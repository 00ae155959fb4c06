package dev.loopcoach.slack.interaction;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.PeerVoteModalView;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted vote form: a missing vote or blank evidence keeps the form open with the error under that field;
 * otherwise the votes are recorded before the ack, the form closes, the interviewer is answered privately where they
 * pressed Vote and the comparison goes to the pair's conversation. A refusal by the core (not the interviewer, the pair
 * ended) is shown privately the same way; a store that is down keeps the form open with what was typed.
 */
public final class PeerVoteSubmission implements ViewSubmissionHandler {
    static final String STORE_DOWN = "I can't reach my storage right now, so nothing was recorded. Your votes are still "
            + "here: send them again in a minute.";

    private final PeerMock peers;
    private final PeerStepRunner steps;
    private final PeerSender sender;
    private final CoachRunner runner;

    public PeerVoteSubmission(PeerMock peers, PeerStepRunner steps, PeerSender sender, CoachRunner runner) {
        this.peers = peers;
        this.steps = steps;
        this.sender = sender;
        this.runner = runner;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = req.getPayload();
        Optional<PeerModalRef> ref = PeerModalRef.decode(p.getView().getPrivateMetadata());
        PeerActor actor = PeerActor.inModal(p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId(),
                p.getUser().getId(), ref.flatMap(PeerModalRef::channelId));
        if (ref.isEmpty()) {
            tell(actor, Reply.error(PeerSender.STALE));
            return ctx.ack();
        }
        PeerVoteModalView.Form form = PeerVoteModalView.read(p.getView().getState());
        if (!form.errors().isEmpty()) {
            return ctx.ackWithErrors(form.errors());
        }
        PeerStepRunner.Ran ran = steps.run(actor.user(), "peer votes",
                () -> peers.recordVotes(ref.get().pairId(), actor.user(), form.votes(), form.evidence()),
                o -> sender.answer(actor, o));
        if (ran instanceof PeerStepRunner.Ran.Failed && form.firstBlock().isPresent()) {
            return ctx.ackWithErrors(Map.of(form.firstBlock().get(), STORE_DOWN));
        }
        ran.notice().ifPresent(r -> tell(actor, r));
        return ctx.ack();
    }

    private void tell(PeerActor actor, Reply reply) {
        runner.later(actor.user(), "peer votes", () -> sender.answer(actor, PeerSender.told(reply)));
    }
}
