package dev.loopcoach.core.port;

import java.util.regex.Pattern;

/** A person on one platform: {@code console/alex}, {@code discord/1500000000000000001}, {@code slack/T0FAKE:U0CAND}. */
public record UserKey(String platform, String userId) {
    private static final Pattern PLATFORM = Pattern.compile("[a-z]{2,16}");

    public UserKey {
        if (platform == null || !PLATFORM.matcher(platform).matches()) {
            throw new IllegalArgumentException("platform must be 2-16 lower-case letters: " + platform);
        }
        if (userId == null || userId.isBlank() || userId.length() > 128) {
            throw new IllegalArgumentException("user id must be 1-128 characters");
        }
    }

    public static UserKey console(String name) {
        return new UserKey("console", name);
    }

    @Override
    public String toString() {
        return platform + "/" + userId;
    }
}
