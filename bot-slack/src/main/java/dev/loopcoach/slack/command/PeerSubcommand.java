package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.slack.SlackDisplayNames;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.interaction.PeerActor;
import dev.loopcoach.slack.interaction.PeerSender;
import dev.loopcoach.slack.interaction.PeerStepRunner;
import dev.loopcoach.slack.render.Mrkdwn;
import java.util.function.Supplier;

/**
 * {@code /mockinterview peer [level] [when]} offers the member for a peer mock in this workspace, {@code /mockinterview
 * peer cancel} takes them off the list or ends their pair. The offer is written before the ack (with the member's Slack
 * display name, as plain text); a proposal comes to both members' DMs with its buttons, other answers privately where
 * the command was typed.
 */
public final class PeerSubcommand implements Subcommand {
    public static final String NOT_AVAILABLE = "Peer mock interviews are not available on this Loop Coach bot.";

    private final PeerMock peers;
    private final SlackDisplayNames names;
    private final PeerStepRunner steps;
    private final PeerSender sender;

    public PeerSubcommand(PeerMock peers, SlackDisplayNames names, PeerStepRunner steps, PeerSender sender) {
        this.peers = peers;
        this.names = names;
        this.steps = steps;
        this.sender = sender;
    }

    /** The subcommand of a bot without peer mocks. */
    public static Subcommand unavailable() {
        return (inv, args, ctx) -> ctx.ack(NOT_AVAILABLE);
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        PeerMock.Request request = peers.parse(args);
        if (request instanceof PeerMock.Request.Invalid invalid) {
            return ctx.ack(Mrkdwn.escape(invalid.why().plainText().strip()));
        }
        Community community = new Community(SlackUsers.PLATFORM, inv.teamId() == null ? "T?" : inv.teamId());
        Supplier<Outcome> step = request instanceof PeerMock.Request.Offer offer
                ? () -> peers.ask(community, inv.user(), names.of(inv.userId()).orElse(""), offer.level(), offer.window(),
                        inv.channelId())
                : () -> peers.cancel(community, inv.user());
        PeerActor actor = PeerActor.of(inv);
        PeerStepRunner.Ran ran = steps.run(inv.user(), "peer mock", step, o -> sender.answer(actor, o));
        if (ran.notice().isPresent()) {
            return ctx.ack(Mrkdwn.escape(ran.notice().get().plainText().strip()));
        }
        // a proposal (it has buttons) goes to the DM: say where to look
        boolean toDm = ran instanceof PeerStepRunner.Ran.Done done && !done.outcome().steps().isEmpty();
        String text = toDm ? Delivery.DIRECT_MESSAGE.ackText(inv) : "";
        return text.isEmpty() ? ctx.ack() : ctx.ack(text);
    }
}
