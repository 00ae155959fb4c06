package dev.loopcoach.slack;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.slack.command.AdminCheck;
import dev.loopcoach.slack.daily.DailyControl;
import dev.loopcoach.slack.event.EventDedupe;
import dev.loopcoach.slack.event.ThreadReplyHandler;
import dev.loopcoach.slack.interaction.InteractionKeys;
import dev.loopcoach.slack.render.HomeView;
import dev.loopcoach.slack.render.MessageRenderer;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.SlackWebApi;

/** What the handlers share; assembled once in {@link SlackBot}. */
public record SlackServices(
        Coach coach,
        UserPrefsStore prefs,
        SlackWebApi web,
        ReplySender sender,
        MessageRenderer renderer,
        HomeView home,
        InteractionKeys keys,
        UserWork work,
        DailyControl daily,
        ThreadReplyHandler threads,
        EventDedupe dedupe,
        AdminCheck admins) {

    /** The core's key for a Slack user; user ids are unique per workspace, so the team is part of it. */
    public static UserKey userKey(String teamId, String userId) {
        String team = teamId == null || teamId.isBlank() ? "T?" : teamId;
        return new UserKey("slack", team + ":" + userId);
    }
}
