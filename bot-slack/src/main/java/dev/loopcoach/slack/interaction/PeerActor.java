package dev.loopcoach.slack.interaction;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.command.SlashInvocation;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/**
 * A member who acted on a peer mock, and where: the conversation (for chat.postEphemeral) and the response_url of their
 * command or click (a modal has none).
 */
public record PeerActor(UserKey user, String userId, Optional<String> channelId, Optional<String> responseUrl) {

    public static PeerActor of(SlashInvocation inv) {
        return new PeerActor(inv.user(), inv.userId(), Optional.ofNullable(inv.channelId()).filter(c -> !c.isBlank()),
                Optional.ofNullable(inv.responseUrl()).filter(u -> !u.isBlank()));
    }

    public static PeerActor of(ActionInvocation click) {
        return new PeerActor(click.user(), click.userId(), click.channelId(), click.responseUrl());
    }

    static PeerActor inModal(String teamId, String userId, Optional<String> channelId) {
        return new PeerActor(SlackUsers.key(teamId, userId), userId, channelId, Optional.empty());
    }

    /** Their direct message with the bot (the response_url if Slack refuses it). */
    ReplyTarget directMessage() {
        return ReplyTarget.directMessage(userId, responseUrl);
    }
}
