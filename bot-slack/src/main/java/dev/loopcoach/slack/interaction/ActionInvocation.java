package dev.loopcoach.slack.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/** The parts of a button click our handlers use, and where its answer belongs. */
public record ActionInvocation(
        String teamId,
        String userId,
        String actionId,
        Optional<String> value,
        String triggerId,
        Optional<String> responseUrl,
        Optional<String> channelId,
        Optional<String> threadTs,
        boolean ephemeral,
        boolean inView,
        Optional<String> messageTs) {

    public static ActionInvocation of(BlockActionPayload p) {
        BlockActionPayload.Action action = p.getActions() == null || p.getActions().isEmpty() ? null : p.getActions().get(0);
        BlockActionPayload.Container c = p.getContainer();
        String channel = p.getChannel() != null ? p.getChannel().getId() : c != null ? c.getChannelId() : null;
        String team = p.getTeam() != null ? p.getTeam().getId() : p.getUser() != null ? p.getUser().getTeamId() : null;
        return new ActionInvocation(
                team,
                p.getUser().getId(),
                action == null ? "" : action.getActionId(),
                Optional.ofNullable(action == null ? null : action.getValue()).filter(v -> !v.isBlank()),
                p.getTriggerId(),
                Optional.ofNullable(p.getResponseUrl()).filter(v -> !v.isBlank()),
                Optional.ofNullable(channel).filter(v -> !v.isBlank()),
                Optional.ofNullable(c == null ? null : c.getThreadTs()).filter(v -> !v.isBlank()),
                c != null && c.isEphemeral(),
                c != null && "view".equals(c.getType()),
                Optional.ofNullable(c == null ? null : c.getMessageTs()).filter(v -> !v.isBlank()));
    }

    public UserKey user() {
        return SlackUsers.key(teamId, userId);
    }

    /** Answers go where the clicked message was: its conversation (or thread), its response_url, or the DM. */
    public ReplyTarget target() {
        if (inView || (channelId.isEmpty() && responseUrl.isEmpty())) {
            return ReplyTarget.directMessage(userId, Optional.empty());
        }
        if (ephemeral && responseUrl.isPresent()) {
            return new ReplyTarget.Ephemeral(responseUrl.get(), userId);
        }
        if (channelId.isPresent()) {
            return new ReplyTarget.Conversation(channelId.get(), threadTs, responseUrl);
        }
        return new ReplyTarget.Ephemeral(responseUrl.get(), userId);
    }
}
