package dev.loopcoach.slack.event;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.interaction.ThreadCoachingSwitch;
import dev.loopcoach.slack.render.HomeView;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the home tab from the core's progress reply (its radar chart as an uploaded picture) and the user's settings,
 * and publishes it. Blocking.
 */
public final class HomeTabPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HomeTabPublisher.class);

    private final CoachRunner runner;
    private final HomeView view;
    private final ThreadCoachingSwitch coaching;
    private final SlackWebApi web;
    private final HomeImages images;

    public HomeTabPublisher(CoachRunner runner, HomeView view, ThreadCoachingSwitch coaching, SlackWebApi web) {
        this.runner = runner;
        this.view = view;
        this.coaching = coaching;
        this.web = web;
        this.images = new HomeImages(web);
    }

    public void publish(UserKey user, String slackUserId) {
        Reply progress = runner.handle(user, new CoachCommand.ShowProgress());
        boolean muted;
        try {
            muted = coaching.muted(user);
        } catch (RuntimeException e) {
            LOG.error("Could not read preferences of {}", user, e);
            muted = false;
        }
        java.util.Optional<String> picture = progress.blocks().stream()
                .filter(dev.loopcoach.core.reply.Block.Image.class::isInstance).map(dev.loopcoach.core.reply.Block.Image.class::cast)
                .findFirst().flatMap(image -> images.fileFor(slackUserId, image));
        try {
            web.publishHome(slackUserId, view.build(progress, muted, picture));
        } catch (SlackCallException e) {
            LOG.warn("Could not publish the home tab for {}: {}", slackUserId, e.error());
        }
    }
}
