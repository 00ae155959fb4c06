package dev.loopcoach.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds and sends requests the way Slack does: form-encoded slash commands, {@code payload=} JSON for
 * interactivity, JSON envelopes for the Events API, each signed with v0 HMAC-SHA256 over
 * {@code v0:<timestamp>:<raw body>}.
 */
final class SlackRequests {
    private static final AtomicLong IDS = new AtomicLong(1000);

    private final String secret;
    private final URI endpoint;
    private final FakeSlack fake;
    private final java.util.concurrent.atomic.AtomicInteger views = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong clicks = new java.util.concurrent.atomic.AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SlackRequests(String secret, URI endpoint, FakeSlack fake) {
        this.secret = secret;
        this.endpoint = endpoint;
        this.fake = fake;
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(h);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String slashCommandBody(String command, String text, String user, String channel, String responseId) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", FakeSlack.TEAM);
        f.put("team_domain", "fake");
        f.put("channel_id", channel);
        f.put("channel_name", channel.startsWith("D") ? "directmessage" : "interview-prep");
        f.put("user_id", user);
        f.put("user_name", "candidate");
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A0FAKE");
        f.put("is_enterprise_install", "false");
        f.put("response_url", fake.responseUrl(responseId));
        f.put("trigger_id", IDS.incrementAndGet() + ".1234.abcdef");
        return form(f);
    }

    HttpResponse<String> slashCommand(String command, String text, String user, String channel, String responseId)
            throws Exception {
        return send(slashCommandBody(command, text, user, channel, responseId), "application/x-www-form-urlencoded",
                Map.of());
    }

    /** A block_actions click on a button of a message of its own (each call clicks a different message). */
    HttpResponse<String> buttonClick(String user, String channel, String actionId, String value, boolean ephemeral,
                                     String responseId) throws Exception {
        long n = 1_700_000_000_000_200L + clicks.incrementAndGet();
        return buttonClick(user, channel, actionId, value, ephemeral, responseId,
                (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000));
    }

    /** A block_actions click on a button of the message {@code messageTs}. */
    HttpResponse<String> buttonClick(String user, String channel, String actionId, String value, boolean ephemeral,
                                     String responseId, String messageTs) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        p.add("user", user(user));
        p.addProperty("api_app_id", "A0FAKE");
        p.addProperty("token", "legacy-verification-token");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", ephemeral);
        p.add("container", container);
        p.addProperty("trigger_id", IDS.incrementAndGet() + ".1234.abcdef");
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "fake");
        p.add("team", team);
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        ch.addProperty("name", channel.startsWith("D") ? "directmessage" : "interview-prep");
        p.add("channel", ch);
        p.addProperty("response_url", fake.responseUrl(responseId));
        JsonArray actions = new JsonArray();
        JsonObject a = new JsonObject();
        a.addProperty("action_id", actionId);
        a.addProperty("block_id", "lc.actions");
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", actionId);
        a.add("text", text);
        if (value != null) {
            a.addProperty("value", value);
        }
        a.addProperty("type", "button");
        a.addProperty("action_ts", "1700000001.000300");
        actions.add(a);
        p.add("actions", actions);
        return send("payload=" + enc(p.toString()), "application/x-www-form-urlencoded", Map.of());
    }

    /** A view_submission of the answer modal with the given text in its input. */
    HttpResponse<String> submitAnswerModal(String user, String privateMetadata, String answer) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("type", "view_submission");
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "fake");
        p.add("team", team);
        p.add("user", user(user));
        p.addProperty("api_app_id", "A0FAKE");
        p.addProperty("token", "legacy-verification-token");
        p.addProperty("trigger_id", IDS.incrementAndGet() + ".1234.abcdef");
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0MODAL" + views.incrementAndGet()); // Slack gives every opened view its own id
        view.addProperty("team_id", FakeSlack.TEAM);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", "lc.answer_modal");
        view.addProperty("private_metadata", privateMetadata);
        JsonObject value = new JsonObject();
        value.addProperty("type", "plain_text_input");
        if (answer == null) {
            value.add("value", com.google.gson.JsonNull.INSTANCE);
        } else {
            value.addProperty("value", answer);
        }
        JsonObject input = new JsonObject();
        input.add("lc.answer_input", value);
        JsonObject values = new JsonObject();
        values.add("lc.answer_block", input);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        view.add("blocks", new JsonArray());
        p.add("view", view);
        p.add("response_urls", new JsonArray());
        return send("payload=" + enc(p.toString()), "application/x-www-form-urlencoded", Map.of());
    }

    /**
     * A view_submission of any modal: {@code values} is its state (block id to action id to value), as Slack sends it.
     */
    HttpResponse<String> submitView(String user, String callbackId, String privateMetadata, JsonObject values) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("type", "view_submission");
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "fake");
        p.add("team", team);
        p.add("user", user(user));
        p.addProperty("api_app_id", "A0FAKE");
        p.addProperty("token", "legacy-verification-token");
        p.addProperty("trigger_id", IDS.incrementAndGet() + ".1234.abcdef");
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0MODAL" + views.incrementAndGet());
        view.addProperty("team_id", FakeSlack.TEAM);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata);
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        view.add("blocks", new JsonArray());
        p.add("view", view);
        p.add("response_urls", new JsonArray());
        return send("payload=" + enc(p.toString()), "application/x-www-form-urlencoded", Map.of());
    }

    /** An Events API envelope around {@code event}; {@code retryNum} adds X-Slack-Retry-Num like Slack's redeliveries. */
    HttpResponse<String> event(String eventId, JsonObject event, Integer retryNum) throws Exception {
        JsonObject env = new JsonObject();
        env.addProperty("token", "legacy-verification-token");
        env.addProperty("team_id", FakeSlack.TEAM);
        env.addProperty("api_app_id", "A0FAKE");
        env.add("event", event);
        env.addProperty("type", "event_callback");
        env.addProperty("event_id", eventId);
        env.addProperty("event_time", Instant.now().getEpochSecond());
        JsonArray auths = new JsonArray();
        JsonObject auth = new JsonObject();
        auth.addProperty("team_id", FakeSlack.TEAM);
        auth.addProperty("user_id", FakeSlack.BOT_USER);
        auth.addProperty("is_bot", true);
        auths.add(auth);
        env.add("authorizations", auths);
        Map<String, String> extra = retryNum == null ? Map.of()
                : Map.of("X-Slack-Retry-Num", retryNum.toString(), "X-Slack-Retry-Reason", "http_timeout");
        return send(env.toString(), "application/json", extra);
    }

    static JsonObject messageEvent(String user, String channel, String channelType, String text, String ts, String threadTs) {
        JsonObject e = new JsonObject();
        e.addProperty("type", "message");
        e.addProperty("user", user);
        e.addProperty("text", text);
        e.addProperty("ts", ts);
        e.addProperty("channel", channel);
        e.addProperty("channel_type", channelType);
        e.addProperty("event_ts", ts);
        e.addProperty("team", FakeSlack.TEAM);
        if (threadTs != null) {
            e.addProperty("thread_ts", threadTs);
            e.addProperty("parent_user_id", FakeSlack.BOT_USER);
        }
        return e;
    }

    HttpResponse<String> send(String body, String contentType, Map<String, String> extraHeaders) throws Exception {
        long now = Instant.now().getEpochSecond();
        return sendSigned(body, contentType, now, sign(secret, now, body), extraHeaders);
    }

    HttpResponse<String> sendSigned(String body, String contentType, long timestamp, String signature,
                                    Map<String, String> extraHeaders) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("X-Slack-Request-Timestamp", Long.toString(timestamp));
            b.header("X-Slack-Signature", signature);
        }
        extraHeaders.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> raw(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject user(String id) {
        JsonObject u = new JsonObject();
        u.addProperty("id", id);
        u.addProperty("username", "candidate");
        u.addProperty("name", "candidate");
        u.addProperty("team_id", FakeSlack.TEAM);
        return u;
    }

    static String form(Map<String, String> f) {
        StringJoiner j = new StringJoiner("&");
        f.forEach((k, v) -> j.add(enc(k) + "=" + enc(v)));
        return j.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
