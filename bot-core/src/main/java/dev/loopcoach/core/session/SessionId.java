package dev.loopcoach.core.session;

import java.util.UUID;
import java.util.regex.Pattern;

/** Opaque session id (a random UUID without dashes, 32 hex characters). */
public record SessionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");

    public SessionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed session id");
        }
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
