package dev.loopcoach.slack.interaction;

import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Delivery;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.ReplyTarget;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a peer mock step produced: the reply to whoever acted, then each {@link Delivery} (a DM, a post in the
 * pair's group conversation, or opening that conversation). Runs after the ack. A message Slack refuses is logged with
 * ids only; where the group conversation cannot be used, both members get the message in their DMs instead.
 */
public final class PeerSender {
    private static final Logger LOG = LoggerFactory.getLogger(PeerSender.class);
    static final String STALE = "That peer mock button is not available any more. `/mockinterview peer` finds a new partner.";

    private final PeerMock peers;
    private final ReplySender sender;
    private final SlackWebApi web;

    public PeerSender(PeerMock peers, ReplySender sender, SlackWebApi web) {
        this.peers = peers;
        this.sender = sender;
        this.web = web;
    }

    /** An outcome that only tells whoever acted something. */
    public static Outcome told(Reply reply) {
        return new Outcome(reply, List.of(), Optional.empty(), List.of());
    }

    /**
     * The actor's reply, then the deliveries. A reply with buttons (a proposal) goes to the actor's DM, where buttons
     * outlive a reload and a partner's late answer; one without is private where they acted.
     */
    public void answer(PeerActor actor, Outcome o) {
        Optional<Long> pair = pairOfSteps(o, actor.user());
        List<ButtonElement> buttons = pair.map(id -> PeerButtons.of(o.steps(), id)).orElse(List.of());
        long logId = pair.orElse(0L);
        if (!buttons.isEmpty()) {
            send(actor.directMessage(), o.reply(), buttons, actor.userId(), logId);
        } else if (actor.responseUrl().isPresent()) {
            send(ReplyTarget.privateTo(actor.userId(), actor.responseUrl().get()), o.reply(), buttons, actor.userId(), logId);
        } else {
            ephemeralIn(actor, o.reply(), buttons, logId);
        }
        deliver(o.deliveries());
    }

    /** A reply only the actor sees in the conversation where they acted (chat.postEphemeral), e.g. the kit. */
    public void privately(PeerActor actor, Outcome o) {
        List<ButtonElement> buttons = o.pair().map(p -> PeerButtons.of(o.steps(), p.id())).orElse(List.of());
        ephemeralIn(actor, o.reply(), buttons, o.pair().map(Pair::id).orElse(0L));
        deliver(o.deliveries());
    }

    void deliver(List<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            List<ButtonElement> buttons = PeerButtons.of(steps(d), d.pair().id());
            if (d instanceof Delivery.Private p) {
                String to = SlackUsers.slackId(p.to());
                send(ReplyTarget.directMessage(to, Optional.empty()), p.reply(), buttons, to, p.pair().id());
            } else if (d instanceof Delivery.InSpace s) {
                inSpace(s.pair(), s.pair().space(), s.reply(), buttons);
            } else if (d instanceof Delivery.OpenSpace o) {
                inSpace(o.pair(), openSpace(o.pair()), o.intro(), buttons);
            }
        }
    }

    /** Opens the two members' group conversation with the bot and records it on the pair; empty when Slack refused. */
    private Optional<String> openSpace(Pair pair) {
        String channel;
        try {
            channel = web.openConversation(List.of(SlackUsers.slackId(pair.first().user()),
                    SlackUsers.slackId(pair.second().user())));
        } catch (SlackCallException e) {
            LOG.warn("Could not open the group conversation of peer mock {} ({}); using both DMs instead", pair.id(), e.error());
            return Optional.empty();
        }
        try {
            // another process may have opened it first: post where the pair says
            return Optional.of(peers.spaceOpened(pair.id(), channel).flatMap(Pair::space).orElse(channel));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the group conversation {} of peer mock {}: {}", channel, pair.id(), e.toString());
            return Optional.of(channel);
        }
    }

    private void inSpace(Pair pair, Optional<String> space, Reply reply, List<ButtonElement> buttons) {
        if (space.isPresent() && send(new ReplyTarget.Conversation(space.get(), Optional.empty(), Optional.empty()), reply,
                buttons, space.get(), pair.id())) {
            return;
        }
        for (UserKey member : List.of(pair.first().user(), pair.second().user())) {
            String to = SlackUsers.slackId(member);
            send(ReplyTarget.directMessage(to, Optional.empty()), reply, buttons, to, pair.id());
        }
    }

    private void ephemeralIn(PeerActor actor, Reply reply, List<ButtonElement> buttons, long pairId) {
        if (actor.channelId().isPresent()) {
            try {
                sender.sendEphemeralIn(actor.channelId().get(), actor.userId(), reply, buttons);
                return;
            } catch (SlackCallException e) {
                LOG.warn("Could not post peer mock {} privately to {} in {} ({}); sending it to the DM", pairId, actor.userId(),
                        actor.channelId().get(), e.error());
            }
        }
        send(ReplyTarget.directMessage(actor.userId(), Optional.empty()), reply, buttons, actor.userId(), pairId);
    }

    private boolean send(ReplyTarget target, Reply reply, List<ButtonElement> buttons, String to, long pairId) {
        try {
            sender.send(target, reply, buttons);
            return true;
        } catch (SlackCallException e) {
            LOG.warn("Could not send a peer mock {} message to {} ({} {})", pairId, to, e.method(), e.error());
            return false;
        }
    }

    /**
     * The pair the actor's buttons act on: the outcome's, except after a no-show, where the reporter is offered a new
     * proposal at once: its buttons belong to the new pair (on the delivery to the new partner), not the ended one.
     */
    static Optional<Long> pairOfSteps(Outcome o, UserKey actor) {
        if (o.steps().contains(Step.ACCEPT)) {
            for (Delivery d : o.deliveries()) {
                if (d.pair().has(actor) && d.pair().stage() == Stage.PROPOSED) {
                    return Optional.of(d.pair().id());
                }
            }
        }
        return o.pair().map(Pair::id);
    }

    private static List<Step> steps(Delivery d) {
        if (d instanceof Delivery.Private p) {
            return p.steps();
        }
        if (d instanceof Delivery.InSpace s) {
            return s.steps();
        }
        return ((Delivery.OpenSpace) d).steps();
    }
}
