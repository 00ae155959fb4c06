package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.GuessGame;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/** A guess on a "Guess the Bar Raiser" card: written before the ack, answered to the guesser alone. */
public final class GuessVoteHandler implements BlockActionHandler {
    private final Vote vote;
    private final Optional<GuessGame> game;
    private final CoachRunner runner;

    public GuessVoteHandler(Vote vote, Optional<GuessGame> game, CoachRunner runner) {
        this.vote = vote;
        this.game = game;
        this.runner = runner;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        Optional<Long> round = GuessButtons.round(click);
        Reply answer = game.isEmpty() || round.isEmpty() ? Reply.error("This guessing round is not available any more.")
                : BeforeAck.setting(() -> game.get().guess(round.get(), SlackUsers.key(click.teamId(), click.userId()), vote));
        ReplyTarget target = ReplyTarget.privateTo(click.userId(), click.responseUrl().orElse(null));
        runner.later(SlackUsers.key(click.teamId(), click.userId()), "guess", () -> runner.send(target, answer));
        return ctx.ack();
    }
}
