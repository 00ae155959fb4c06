package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.slack.SlackUsers;

/** A Slack channel that receives daily questions, and who asked for the change. */
public record DailyChannel(String teamId, String channelId, String requestedBy) {

    /** The channel as the core knows it: {@code slack/<team>/<channel>}. */
    public ChannelKey key() {
        return SlackDaily.channelKey(teamId, channelId);
    }

    /** Who asked, as the core's logs name people ({@code slack/<team>:<user>}). */
    public String requester() {
        return SlackUsers.key(teamId, requestedBy).toString();
    }
}
