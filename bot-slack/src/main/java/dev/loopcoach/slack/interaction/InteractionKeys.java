package dev.loopcoach.slack.interaction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque keys for state that a button value or a modal's private_metadata must point at. The key is
 * 22 random characters; the state stays on our side and expires. A missing key (expired, or the bot
 * restarted) is an expected case that handlers answer politely.
 */
public final class InteractionKeys {
    private final Cache<String, Object> entries;
    private final SecureRandom random = new SecureRandom();

    public InteractionKeys(Duration ttl, long maxEntries) {
        this.entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
    }

    public static InteractionKeys defaults() {
        return new InteractionKeys(Duration.ofHours(24), 50_000);
    }

    public String put(Object state) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entries.put(key, state);
        return key;
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Object o = entries.getIfPresent(key);
        return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
    }
}
