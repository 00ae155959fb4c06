package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./coach slack} in HTTP mode as a process: signed requests in over loopback, Web API calls captured by a
 * small fake of Slack's API. Written independently of the adapter's own test fake.
 */
class SlackLauncherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String SECRET = "launcher-test-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;
    private HttpServer api;
    private final List<String[]> calls = new ArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    private int botPort;

    @BeforeEach
    void fakeWebApi() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            String method = ex.getRequestURI().getPath().replaceFirst(".*/", "");
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String answer = switch (method) {
                case "auth.test" -> "{\"ok\":true,\"team_id\":\"T0FAKE\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\",\"team\":\"Fake\",\"user\":\"coach\"}";
                case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"U0ADMIN\",\"is_admin\":true,\"is_owner\":false}}";
                case "chat.postMessage" -> {
                    long n = ts.incrementAndGet();
                    String t = (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
                    yield "{\"ok\":true,\"channel\":\"C0PREP\",\"ts\":\"" + t + "\",\"message\":{\"ts\":\"" + t + "\"}}";
                }
                default -> "{\"ok\":true}";
            };
            synchronized (calls) {
                calls.add(new String[] {method, body, answer});
                calls.notifyAll();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        api.start();
        try (ServerSocket free = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            botPort = free.getLocalPort();
        }
    }

    @AfterEach
    void stopApi() {
        api.stop(0);
    }

    @Test
    @DisplayName("signed commands start a practice and post the daily question once; retried thread events are coached once; forged requests get 401")
    void launcherServesSlackOverHttp() throws Exception {
        try (LauncherProcess bot = LauncherProcess.start(home, Map.of(
                "COACH_SLACK_MODE", "http", "COACH_SLACK_PORT", String.valueOf(botPort),
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_BOT_TOKEN", "xoxb-launcher-test",
                "COACH_SLACK_API_URL", "http://127.0.0.1:" + api.getAddress().getPort() + "/api/",
                "COACH_SLACK_ADMINS", "U0ADMIN", "COACH_DATA_DIR", home.resolve("data").toString()), "slack")) {
            bot.awaitError("running on Slack", TIMEOUT);

            HttpResponse<String> start = post(slash("/mockinterview", "behavioral pm", "U0CAND"), "application/x-www-form-urlencoded", true, 0);
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(awaitCall("chat.postMessage", b -> decode(b).contains("Question 1 of 3"))[1]).contains("link_names=0");

            assertThat(post(slash("/mockinterview", "", "U0CAND"), "application/x-www-form-urlencoded", false, 0).statusCode()).isEqualTo(401);
            assertThat(post(slash("/mockinterview", "", "U0CAND"), "application/x-www-form-urlencoded", true, -600).statusCode()).isEqualTo(401);

            int postsBefore = count("chat.postMessage");
            assertThat(post(slash("/coach", "daily now", "U0ADMIN"), "application/x-www-form-urlencoded", true, 0).statusCode()).isEqualTo(200);
            String[] daily = awaitCall("chat.postMessage", b -> decode(b).contains("channel=C0PREP"));
            String postTs = daily[2].replaceAll(".*\"ts\":\"([0-9.]+)\".*", "$1");

            String event = "{\"token\":\"x\",\"team_id\":\"T0FAKE\",\"api_app_id\":\"A0FAKE\",\"type\":\"event_callback\","
                    + "\"event_id\":\"Ev0LAUNCH1\",\"event_time\":" + Instant.now().getEpochSecond() + ",\"event\":{\"type\":\"message\","
                    + "\"channel\":\"C0PREP\",\"channel_type\":\"channel\",\"user\":\"U0CAND\",\"ts\":\"1800000000.000200\",\"thread_ts\":\"" + postTs + "\","
                    + "\"text\":\"Last year I owned the returns flow. Refund times were 9 days, so my goal was to cut them before peak. "
                    + "I mapped every step, removed two manual approvals and shipped it. Refunds now take 4 days.\"}}";
            for (int retry = 0; retry < 3; retry++) {
                assertThat(postEvent(event, retry).statusCode()).isEqualTo(200);
            }
            awaitCall("chat.postMessage", b -> decode(b).contains("thread_ts=" + postTs));
            // A later, different message from the same person is handled after the retries (one person's events run in order).
            String marker = event.replace("Ev0LAUNCH1", "Ev0LAUNCH2").replace("1800000000.000200", "1800000000.000300")
                    .replace("Last year I owned", "Another time I owned");
            postEvent(marker, 0);
            awaitCall("chat.postMessage", b -> decode(b).contains("thread_ts=" + postTs) && count("chat.postMessage") >= postsBefore + 3);
            long threadReplies;
            synchronized (calls) {
                threadReplies = calls.stream().filter(c -> c[0].equals("chat.postMessage") && decode(c[1]).contains("thread_ts=" + postTs)).count();
            }
            assertThat(threadReplies).as("one coaching reply per distinct message, whatever the retries").isEqualTo(2);
            assertThat(bot.stderr()).doesNotContain("xoxb-launcher-test").doesNotContain(SECRET);
        }
    }

    private Map<String, String> slash(String command, String text, String user) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "x");
        form.put("team_id", "T0FAKE");
        form.put("team_domain", "fake");
        form.put("channel_id", "C0PREP");
        form.put("channel_name", "interview-prep");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0FAKE");
        form.put("is_enterprise_install", "false");
        form.put("response_url", "http://127.0.0.1:" + api.getAddress().getPort() + "/response/1");
        form.put("trigger_id", "123.456.abc");
        return form;
    }

    private HttpResponse<String> post(Map<String, String> form, String type, boolean signed, long skewSeconds) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(body, type, signed ? SECRET : "wrong-secret", skewSeconds, -1);
    }

    private HttpResponse<String> postEvent(String json, int retry) throws Exception {
        return send(json, "application/json", SECRET, 0, retry);
    }

    private HttpResponse<String> send(String body, String type, String secret, long skewSeconds, int retry) throws Exception {
        String timestamp = String.valueOf(Instant.now().getEpochSecond() + skewSeconds);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + botPort + "/slack/events"))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry > 0) {
            req.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String[] awaitCall(String method, java.util.function.Predicate<String> body) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        synchronized (calls) {
            while (true) {
                for (String[] c : calls) {
                    if (c[0].equals(method) && body.test(c[1])) {
                        return c;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no matching " + method + " among " + calls.stream().map(c -> c[0] + " " + decode(c[1]))
                            .map(s -> s.length() > 300 ? s.substring(0, 300) : s).toList());
                }
                calls.wait(Math.min(left, 200));
            }
        }
    }

    private int count(String method) {
        synchronized (calls) {
            return (int) calls.stream().filter(c -> c[0].equals(method)).count();
        }
    }

    private static String decode(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }
}
