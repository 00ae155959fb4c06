package dev.loopcoach.slack.daily;

/** A Slack channel that receives daily questions, and who asked for the change. */
public record DailyChannel(String teamId, String channelId, String requestedBy) {
}
