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

/** Builds the home tab from the core's progress reply and the user's settings, and publishes it. Blocking. */
public final class HomeTabPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HomeTabPublisher.class);

    private final CoachRunner runner;
    private final HomeView view;
    private final ThreadCoachingSwitch coaching;
    private final SlackWebApi web;

    public HomeTabPublisher(CoachRunner runner, HomeView view, ThreadCoachingSwitch coaching, SlackWebApi web) {
        this.runner = runner;
        this.view = view;
        this.coaching = coaching;
        this.web = web;
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
        try {
            web.publishHome(slackUserId, view.build(progress, muted));
        } catch (SlackCallException e) {
            LOG.warn("Could not publish the home tab for {}: {}", slackUserId, e.error());
        }
    }
}
