package dev.loopcoach.slack.event;

import dev.loopcoach.core.port.UserKey;
import java.util.Optional;

/**
 * Someone's reply in a channel thread, e.g. under a daily question.
 *
 * @param parentUserId who started the thread, when Slack says so (our bot user for daily posts)
 */
public record ThreadReply(
        UserKey user,
        String teamId,
        String userId,
        String channelId,
        String threadTs,
        String messageTs,
        String text,
        Optional<String> parentUserId) {
}
