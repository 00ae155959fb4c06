package dev.loopcoach.core.daily;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The idempotency key of one daily slot, carried by the platform message (Slack message metadata, Discord nonce):
 * derived from the slot alone, so every process computes the same key for the same post. 24 characters, within
 * Discord's 25-character nonce.
 */
public final class PostKey {
    private PostKey() {
    }

    public static String of(ChannelKey channel, LocalDate date, PostKind kind) {
        String slot = channel.platform() + '/' + channel.workspaceId() + '/' + channel.channelId() + '/' + date + '/' + kind;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(slot.getBytes(StandardCharsets.UTF_8));
            return "lcd" + HexFormat.of().formatHex(digest).substring(0, 21);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String of(DailyPost post) {
        return of(post.channel(), post.localDate(), post.kind());
    }
}
