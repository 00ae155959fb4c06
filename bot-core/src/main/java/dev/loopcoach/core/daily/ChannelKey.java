package dev.loopcoach.core.daily;

import java.util.regex.Pattern;

/**
 * A channel that can receive daily questions: the platform, the workspace (Discord guild, Slack team) and
 * the channel id there, e.g. {@code slack/T0FAKE/C0INTERVIEW}.
 */
public record ChannelKey(String platform, String workspaceId, String channelId) {
    private static final Pattern PLATFORM = Pattern.compile("[a-z]{2,16}");

    public ChannelKey {
        if (platform == null || !PLATFORM.matcher(platform).matches()) {
            throw new IllegalArgumentException("platform must be 2-16 lower-case letters: " + platform);
        }
        requireId("workspace id", workspaceId);
        requireId("channel id", channelId);
    }

    private static void requireId(String what, String value) {
        if (value == null || value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(what + " must be 1-128 characters");
        }
    }

    @Override
    public String toString() {
        return platform + "/" + workspaceId + "/" + channelId;
    }
}
