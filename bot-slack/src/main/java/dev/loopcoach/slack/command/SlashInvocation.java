package dev.loopcoach.slack.command;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.slack.SlackUsers;

/** The parts of a slash command payload our handlers use. */
public record SlashInvocation(
        String teamId, String userId, String channelId, String responseUrl, String triggerId, String command, String text) {

    public static SlashInvocation of(SlashCommandPayload p) {
        return new SlashInvocation(p.getTeamId(), p.getUserId(), p.getChannelId(), p.getResponseUrl(), p.getTriggerId(),
                p.getCommand(), p.getText() == null ? "" : p.getText().strip());
    }

    public UserKey user() {
        return SlackUsers.key(teamId, userId);
    }
}
