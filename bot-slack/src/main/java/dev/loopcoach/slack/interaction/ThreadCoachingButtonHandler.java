package dev.loopcoach.slack.interaction;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.event.HomeTabPublisher;
import dev.loopcoach.slack.web.ReplyTarget;

/**
 * "Mute thread coaching" under a coaching reply (and the switch on the home tab). The confirmation is
 * ephemeral: the coaching reply is public, the choice is personal. On the home tab the view is refreshed. The choice
 * is written before the click is acknowledged, so an acknowledged click is never lost.
 */
public final class ThreadCoachingButtonHandler implements BlockActionHandler {
    private final boolean mute;
    private final ThreadCoachingSwitch toggle;
    private final CoachRunner runner;
    private final HomeTabPublisher home;

    public ThreadCoachingButtonHandler(boolean mute, ThreadCoachingSwitch toggle, CoachRunner runner, HomeTabPublisher home) {
        this.mute = mute;
        this.toggle = toggle;
        this.runner = runner;
        this.home = home;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        ActionInvocation click = ActionInvocation.of(req.getPayload());
        Reply reply = runner.beforeAckReply(() -> toggle.set(click.user(), mute));
        runner.later(click.user(), mute ? "mute button" : "unmute button", () -> {
            if (click.inView() && reply.kind() != Reply.Kind.ERROR) {
                home.publish(click.user(), click.userId());
            } else if (click.responseUrl().isPresent()) {
                runner.send(new ReplyTarget.Ephemeral(click.responseUrl().get(), click.userId()), reply);
            } else {
                runner.send(ReplyTarget.directMessage(click.userId(), java.util.Optional.empty()), reply);
            }
        });
        return ctx.ack();
    }
}
