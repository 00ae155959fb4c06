package dev.loopcoach.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's Web API on loopback for launcher fault tests: every call is recorded (method and decoded form body), and
 * signed requests go to a launched bot. {@code failPosts} makes {@code chat.postMessage} answer HTTP 500.
 */
final class SlackApiFake implements AutoCloseable {
    static final String SECRET = "fault-test-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpServer api;
    private final List<String[]> calls = new ArrayList<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    volatile boolean failPosts;

    SlackApiFake() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            String method = ex.getRequestURI().getPath().replaceFirst(".*/", "");
            String body = URLDecoder.decode(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
            int status = 200;
            String answer = switch (method) {
                case "auth.test" -> "{\"ok\":true,\"team_id\":\"T0FAKE\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}";
                case "chat.postMessage" -> {
                    if (failPosts) {
                        status = 500;
                        yield "{\"ok\":false,\"error\":\"internal_error\"}";
                    }
                    long n = ts.incrementAndGet();
                    String t = (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
                    yield "{\"ok\":true,\"channel\":\"C0PREP\",\"ts\":\"" + t + "\",\"message\":{\"ts\":\"" + t + "\"}}";
                }
                default -> "{\"ok\":true}";
            };
            if (status == 200) {
                synchronized (calls) {
                    calls.add(new String[] {method, body});
                    calls.notifyAll();
                }
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        api.start();
    }

    String url() {
        return "http://127.0.0.1:" + api.getAddress().getPort() + "/api/";
    }

    /** Waits for a recorded call of {@code method} whose body matches; returns its body. */
    String await(String method, Predicate<String> body, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (calls) {
            while (true) {
                for (String[] c : calls) {
                    if (c[0].equals(method) && body.test(c[1])) {
                        return c[1];
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no matching " + method + " among " + calls.stream()
                            .map(c -> c[0] + " " + (c[1].length() > 200 ? c[1].substring(0, 200) : c[1])).toList());
                }
                calls.wait(Math.min(left, 200));
            }
        }
    }

    long count(String method, Predicate<String> body) {
        synchronized (calls) {
            return calls.stream().filter(c -> c[0].equals(method) && body.test(c[1])).count();
        }
    }

    /** A slash command's form body, as Slack sends it, typed by {@code user} in their DM with the bot. */
    static String slashForm(String user, String command, String text) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("team_id", "T0FAKE");
        form.put("channel_id", "D" + user);
        form.put("channel_name", "directmessage");
        form.put("user_id", user);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0FAKE");
        form.put("response_url", "http://127.0.0.1:9/response");
        form.put("trigger_id", "1.2.3");
        StringBuilder sb = new StringBuilder();
        form.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    /** Posts a request signed with {@link #SECRET} to a bot listening on {@code port}. */
    static HttpResponse<String> signed(int port, String body, String type) throws IOException, InterruptedException {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                    .header("Content-Type", type)
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.stop(0);
    }
}
