package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.PeerAnswerModalView;
import dev.loopcoach.slack.render.PeerVoteModalView;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vote and Paste answer: open the round's form (the vote form for this round's principles, or the answer form). Done
 * before the ack, after one bounded read, because the trigger_id lasts about three seconds. The form opens only for
 * the member whose step it is (the kit the core would show them offers it); anyone else privately sees what the core
 * shows them instead: the other role's kit, or why the pair is not theirs or no longer open.
 */
public final class PeerFormButtonHandler implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PeerFormButtonHandler.class);
    /** How long the role check may take: views.open still needs a fresh trigger_id after it. */
    static final Duration READ_BUDGET = Duration.ofSeconds(1);

    private final Step form;
    private final PeerMock peers;
    private final SlackWebApi web;
    private final PeerSender sender;
    private final CoachRunner runner;

    /** @param form {@link Step#VOTE} or {@link Step#ANSWER} */
    public PeerFormButtonHandler(Step form, PeerMock peers, SlackWebApi web, PeerSender sender, CoachRunner runner) {
        if (form != Step.VOTE && form != Step.ANSWER) {
            throw new IllegalArgumentException("no form for " + form);
        }
        this.form = form;
        this.peers = peers;
        this.web = web;
        this.sender = sender;
        this.runner = runner;
    }

    private record Seen(Outcome kit, List<LeadershipPrinciple> principles) {
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
        BeforeAck.Outcome<Seen> seen = BeforeAck.within(READ_BUDGET, () -> see(pair.get(), actor));
        if (seen instanceof BeforeAck.Outcome.Done<Seen> done) {
            Seen s = done.value();
            if (s.kit().steps().contains(form) && (form != Step.VOTE || !s.principles().isEmpty())) {
                open(click, actor, pair.get(), s.principles());
            } else {
                runner.later(actor.user(), "peer form", () -> sender.privately(actor, s.kit()));
            }
        } else if (seen instanceof BeforeAck.Outcome.Failed<Seen> failed) {
            LOG.warn("Reading peer mock {} for {} failed: {}", pair.get(), actor.userId(), failed.cause().toString());
            tell(actor, Reply.error(dev.loopcoach.core.intake.Intake.COMMAND_NOT_TAKEN));
        } else {
            tell(actor, Reply.error("My storage is slow right now, so I could not open the form in time. Please press the "
                    + "button again in a minute."));
        }
        return ctx.ack();
    }

    private Seen see(long pairId, PeerActor actor) {
        Outcome kit = peers.kit(pairId, actor.user());
        boolean voting = form == Step.VOTE && kit.steps().contains(Step.VOTE);
        return new Seen(kit, voting ? peers.principles(pairId) : List.of());
    }

    private void open(ActionInvocation click, PeerActor actor, long pairId, List<LeadershipPrinciple> principles) {
        String metadata = new PeerModalRef(pairId, click.channelId()).encode();
        View view = form == Step.VOTE ? PeerVoteModalView.build(principles, metadata) : PeerAnswerModalView.build(metadata);
        try {
            web.openView(click.triggerId(), view);
        } catch (SlackCallException e) {
            LOG.warn("Could not open the {} form of peer mock {} for {}: {}", form, pairId, actor.userId(), e.error());
            tell(actor, Reply.error("I could not open the form (Slack said: " + e.error() + "). Please press the button "
                    + "again."));
        }
    }

    private void tell(PeerActor actor, Reply reply) {
        runner.later(actor.user(), "peer form", () -> sender.answer(actor, PeerSender.told(reply)));
    }
}
