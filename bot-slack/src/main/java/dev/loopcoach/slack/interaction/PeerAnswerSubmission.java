package dev.loopcoach.slack.interaction;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.PeerAnswerModalView;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted answer form: a blank answer keeps the form open with an error; otherwise the coach votes on it before
 * the ack, the form closes and the comparison goes to the pair's conversation. When the core refuses it (the roles
 * were swapped meanwhile, the pair ended) the answer is quoted back privately, since a closed form's text exists
 * nowhere else.
 */
public final class PeerAnswerSubmission implements ViewSubmissionHandler {
    static final String BLANK = "Please paste your answer before sending it.";
    static final String STORE_DOWN = "I can't reach my storage right now, so I couldn't take this yet. Your answer is still "
            + "here: send it again in a minute.";

    private final PeerMock peers;
    private final PeerStepRunner steps;
    private final PeerSender sender;
    private final CoachRunner runner;

    public PeerAnswerSubmission(PeerMock peers, PeerStepRunner steps, PeerSender sender, CoachRunner runner) {
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
        Optional<String> answer = PeerAnswerModalView.answer(p.getView().getState());
        if (answer.isEmpty()) {
            return ctx.ackWithErrors(Map.of(ActionIds.PEER_ANSWER_BLOCK, BLANK));
        }
        if (ref.isEmpty()) {
            tell(actor, kept(PeerSender.told(Reply.error(PeerSender.STALE)), answer.get()).reply());
            return ctx.ack();
        }
        PeerStepRunner.Ran ran = steps.run(actor.user(), "peer answer",
                () -> peers.submitAnswer(ref.get().pairId(), actor.user(), answer.get()),
                o -> sender.answer(actor, kept(o, answer.get())));
        if (ran instanceof PeerStepRunner.Ran.Failed) {
            return ctx.ackWithErrors(Map.of(ActionIds.PEER_ANSWER_BLOCK, STORE_DOWN));
        }
        ran.notice().ifPresent(r -> tell(actor, r));
        return ctx.ack();
    }

    /** A refused answer comes back quoted, so nothing typed is lost. */
    private static Outcome kept(Outcome o, String text) {
        if (!o.deliveries().isEmpty()) {
            return o;
        }
        return new Outcome(Reply.builder(o.reply().kind()).blocks(o.reply().blocks())
                .paragraph("Your answer, so nothing is lost:").quote(text).build(), o.steps(), o.pair(), o.deliveries());
    }

    private void tell(PeerActor actor, Reply reply) {
        runner.later(actor.user(), "peer answer", () -> sender.answer(actor, PeerSender.told(reply)));
    }
}
