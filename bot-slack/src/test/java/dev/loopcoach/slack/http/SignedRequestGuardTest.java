package dev.loopcoach.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Slack's v0 signing rules, on a fixed clock: the window is five minutes either way, and a signature is used once. */
class SignedRequestGuardTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long NOW = 1_800_000_000L;
    private static final byte[] BODY = "token=x&command=%2Fcoach&text=help".getBytes(StandardCharsets.UTF_8);

    private final SignedRequestGuard guard = new SignedRequestGuard(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    static String sign(String secret, long ts, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(("v0:" + ts + ":").getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private SignedRequestGuard.Verdict at(long ts) throws Exception {
        return guard.check(Long.toString(ts), sign(SECRET, ts, BODY), BODY, false);
    }

    @Test
    void givenATimestampInsideFiveMinutesEitherWay_itPasses_andOneSecondOutsideItDoesNot() throws Exception {
        assertThat(at(NOW)).isEqualTo(SignedRequestGuard.Verdict.OK);
        assertThat(at(NOW - 300)).isEqualTo(SignedRequestGuard.Verdict.OK);
        assertThat(at(NOW + 300)).isEqualTo(SignedRequestGuard.Verdict.OK);
        assertThat(at(NOW - 301)).isEqualTo(SignedRequestGuard.Verdict.STALE);
        assertThat(at(NOW + 301)).isEqualTo(SignedRequestGuard.Verdict.STALE);
        assertThat(at(NOW + 86_400)).isEqualTo(SignedRequestGuard.Verdict.STALE);
    }

    @Test
    void givenAnotherSecretATamperedBodyOrAMalformedHeader_itIsRefused() throws Exception {
        assertThat(guard.check(Long.toString(NOW), sign("other", NOW, BODY), BODY, false)).isEqualTo(SignedRequestGuard.Verdict.FORGED);
        byte[] tampered = "token=x&command=%2Fcoach&text=progress".getBytes(StandardCharsets.UTF_8);
        assertThat(guard.check(Long.toString(NOW), sign(SECRET, NOW, BODY), tampered, false))
                .isEqualTo(SignedRequestGuard.Verdict.FORGED);
        assertThat(guard.check(null, sign(SECRET, NOW, BODY), BODY, false)).isEqualTo(SignedRequestGuard.Verdict.UNSIGNED);
        assertThat(guard.check("soon", sign(SECRET, NOW, BODY), BODY, false)).isEqualTo(SignedRequestGuard.Verdict.UNSIGNED);
        assertThat(guard.check(Long.toString(NOW), "sha1=abc", BODY, false)).isEqualTo(SignedRequestGuard.Verdict.UNSIGNED);
    }

    @Test
    void givenTheSameSignedRequestTwice_theSecondIsAReplay_butSlacksOwnRetryIsLetThrough() throws Exception {
        String signature = sign(SECRET, NOW, BODY);

        assertThat(guard.check(Long.toString(NOW), signature, BODY, false)).isEqualTo(SignedRequestGuard.Verdict.OK);
        assertThat(guard.check(Long.toString(NOW), signature, BODY, false)).isEqualTo(SignedRequestGuard.Verdict.REPLAYED);
        assertThat(guard.check(Long.toString(NOW), signature, BODY, true)).isEqualTo(SignedRequestGuard.Verdict.OK);
    }
}
