package dev.loopcoach.slack;

import dev.loopcoach.core.port.UserKey;

/** How a Slack user is known to the core. */
public final class SlackUsers {
    public static final String PLATFORM = "slack";

    private SlackUsers() {
    }

    /** User ids are unique within a workspace, so the key is {@code <team>:<user>}, e.g. {@code slack/T0FAKE:U0CAND}. */
    public static UserKey key(String teamId, String userId) {
        String team = teamId == null || teamId.isBlank() ? "T?" : teamId;
        return new UserKey(PLATFORM, team + ":" + userId);
    }

    /** The Slack user id inside a {@link #key}: {@code U0CAND} of {@code T0FAKE:U0CAND}. */
    public static String slackId(UserKey user) {
        String id = user.userId();
        return id.substring(id.indexOf(':') + 1);
    }
}
