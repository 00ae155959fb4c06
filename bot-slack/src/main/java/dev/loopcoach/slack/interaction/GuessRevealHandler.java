package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.GuessGame;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.render.BlockKit;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.ReplyTarget;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reveal on a "Guess the Bar Raiser" card: the coach judges the waiting answer; the coaching goes into the thread (or to
 * the answerer's DM when they take verdicts privately), the tally into the thread, and each guesser gets an ephemeral
 * note in the thread with how their guess compared.
 */
public final class GuessRevealHandler implements BlockActionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(GuessRevealHandler.class);

    private final Optional<GuessGame> game;
    private final CoachRunner runner;
    private final ReplySender sender;
    private final SlackWebApi web;

    public GuessRevealHandler(Optional<GuessGame> game, CoachRunner runner, ReplySender sender, SlackWebApi web) {
        this.game = game;
        this.runner = runner;
        this.sender = sender;
        this.web = web;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        Optional<Long> round = GuessButtons.round(click);
        ReplyTarget clicker = ReplyTarget.privateTo(click.userId(), click.responseUrl().orElse(null));
        runner.later(SlackUsers.key(click.teamId(), click.userId()), "reveal", () -> {
            if (game.isEmpty() || round.isEmpty()) {
                runner.send(clicker, Reply.error("This guessing round is not available any more."));
                return;
            }
            GuessGame.Reveal reveal = game.get().reveal(round.get(), SlackUsers.key(click.teamId(), click.userId()));
            if (reveal instanceof GuessGame.Reveal.NotYet notYet) {
                runner.send(clicker, notYet.why());
            } else if (reveal instanceof GuessGame.Reveal.Done done) {
                runner.send(clicker, done.why());
            } else {
                publish((GuessGame.Reveal.Revealed) reveal, click);
            }
        });
        return ctx.ack();
    }

    private void publish(GuessGame.Reveal.Revealed r, ActionInvocation click) {
        String channel = r.original().channel().channelId();
        String thread = r.original().threadRef();
        String answerer = slackId(r.original().user().userId());
        List<ButtonElement> mute = List.of(BlockKit.button(ActionIds.MUTE_THREADS, "Mute coaching for me", null, null));
        try {
            if (r.privately()) {
                sender.send(ReplyTarget.directMessage(answerer, Optional.empty()), Reply.info("Your verdict on your answer "
                        + "under the daily question, sent to you privately: your answer stays in the thread for discussion.")
                        .then(r.coaching()), mute, Optional.empty());
            } else {
                sender.send(ReplyTarget.inThread(channel, thread), r.coaching(), mute, Optional.of(answerer));
            }
            sender.send(ReplyTarget.inThread(channel, thread), r.tally());
        } catch (SlackCallException e) {
            LOG.warn("Could not post the reveal in {} thread {}: {}", channel, thread, e.error());
        }
        for (GuessGame.VoterNote note : r.notes()) {
            try {
                web.postEphemeral(channel, slackId(note.voter().userId()), Optional.of(thread), note.note().plainText().strip());
            } catch (SlackCallException e) {
                LOG.warn("Could not tell a guesser in {} how they compared: {}", channel, e.error());
            }
        }
    }

    /** The core's Slack user id is "team:user". */
    private static String slackId(String coreId) {
        int colon = coreId.indexOf(':');
        return colon < 0 ? coreId : coreId.substring(colon + 1);
    }
}
