package dev.loopcoach.slack.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing, checked in front of Bolt before anything runs: Bolt's own verifier rejects only timestamps
 * from the past and compares signatures with {@code String.equals}. Here a request is refused when its timestamp is
 * more than five minutes off in either direction, when its v0 signature (HMAC-SHA256 over "v0:timestamp:body") does
 * not match in a constant-time compare, or when the same signed request comes again inside the window (a replay).
 * Slack's own retries of events carry {@code X-Slack-Retry-Num} and are deduplicated by event id further on.
 */
public final class SignedRequestGuard {
    /** Slack's documented window for a request's timestamp. */
    static final Duration WINDOW = Duration.ofMinutes(5);

    /** Why a request was refused, for the debug log (never the secret or the signature). */
    public enum Verdict { OK, UNSIGNED, STALE, FORGED, REPLAYED }

    private final byte[] secret;
    private final Clock clock;
    /** Signatures seen inside the window; a signature covers the timestamp and the whole body. */
    private final Cache<String, Boolean> seen;

    public SignedRequestGuard(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.seen = Caffeine.newBuilder().expireAfterWrite(WINDOW.multipliedBy(2)).maximumSize(200_000).build();
    }

    public Verdict check(String timestamp, String signature, byte[] body, boolean slackRetry) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return Verdict.UNSIGNED;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.UNSIGNED;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > WINDOW.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(ts, body))).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        if (!slackRetry && seen.asMap().putIfAbsent(signature.strip(), Boolean.TRUE) != null) {
            return Verdict.REPLAYED;
        }
        return Verdict.OK;
    }

    private byte[] hmac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
