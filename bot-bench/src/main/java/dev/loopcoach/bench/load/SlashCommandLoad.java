package dev.loopcoach.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends signed {@code /mockinterview behavioral} slash commands the way Slack does (form-encoded, v0 HMAC-SHA256 over
 * {@code v0:timestamp:body}), each from a user never seen before: either in a closed loop ({@link #burst}: each worker
 * sends its next command as soon as the previous one is acknowledged, the most a bot can ack) or at a fixed rate
 * ({@link #paced}: commands go out on schedule whatever the acks do, a load both bots can finish).
 */
final class SlashCommandLoad implements LoadTarget {
    static final String COMMAND = "/mockinterview";
    static final String TEXT = "behavioral";
    static final String CHANNEL = "C0BENCH";

    private static final AtomicLong USERS = new AtomicLong();
    private static final AtomicLong TRIGGERS = new AtomicLong(1000);

    private final String name;
    private final ChildJvm jvm;
    private final String userPrefix;
    private final URI endpoint;
    private final String secret;
    private final FakeSlackApi fake;
    private final HttpClient http;

    /** @param userPrefix starts every user id this load sends (e.g. "UO" for ours), so the fake can tell the bots apart */
    SlashCommandLoad(String name, ChildJvm jvm, String userPrefix, URI endpoint, String secret, FakeSlackApi fake) {
        this.name = name;
        this.jvm = jvm;
        this.userPrefix = userPrefix;
        this.endpoint = endpoint;
        this.secret = secret;
        this.fake = fake;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    @Override
    public Optional<Long> firstMessage(String user) {
        return fake.firstMessage(user);
    }

    @Override
    public Optional<Long> refusal(String user) {
        return fake.refusal(user);
    }

    @Override
    public long quietNanos() {
        return fake.quietNanos();
    }

    @Override
    public List<Sent> burst(int concurrency, Duration length) throws InterruptedException {
        return LoadShapes.closedLoop(concurrency, length, "load", () -> {
            Mac hmac = hmac(secret);
            return () -> send(hmac);
        });
    }

    @Override
    public List<Sent> paced(double perSecond, Duration length) {
        Mac hmac = hmac(secret);
        return LoadShapes.paced(perSecond, length, () -> {
            String user = nextUser();
            HttpRequest request = request(hmac, user);
            long sent = System.nanoTime();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((r, e) -> new Sent(user, sent, System.nanoTime(), r == null ? 0 : r.statusCode()));
        });
    }

    private String nextUser() {
        return userPrefix + Long.toString(USERS.incrementAndGet(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    private Sent send(Mac hmac) {
        String user = nextUser();
        HttpRequest request = request(hmac, user);
        long start = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        return new Sent(user, start, System.nanoTime(), status);
    }

    private HttpRequest request(Mac hmac, String user) {
        String body = body(user);
        long timestamp = Instant.now().getEpochSecond();
        String signature = "v0=" + HexFormat.of().formatHex(
                hmac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String body(String user) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", FakeSlackApi.TEAM);
        f.put("team_domain", "bench");
        f.put("channel_id", CHANNEL);
        f.put("channel_name", "interview-prep");
        f.put("user_id", user);
        f.put("user_name", "candidate");
        f.put("command", COMMAND);
        f.put("text", TEXT);
        f.put("api_app_id", "A0BENCH");
        f.put("is_enterprise_install", "false");
        f.put("response_url", fake.responseUrl(user));
        f.put("trigger_id", TRIGGERS.incrementAndGet() + ".1234.abcdef");
        StringJoiner j = new StringJoiner("&");
        f.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    private static Mac hmac(String secret) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return m;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
