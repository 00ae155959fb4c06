package dev.loopcoach.bench.load;

import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal Slack Web API and response_url endpoint on loopback for both bots under load. It answers the methods they
 * call with {@code ok} JSON shaped like Slack's (chat.postMessage echoes the posted message, as Slack does, so the
 * client parses a realistic answer) and records, per user, when the first message for that user arrived: a
 * chat.postMessage to the user's id or DM, a chat.postEphemeral to the user, or a post to the user's response_url
 * ({@link #responseUrl}). A message saying the bot is too busy to do the command counts as a refusal, not as an answer.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String TEAM = "T0BENCH";
    static final String BOT_USER = "U0BOT";

    /** The words of our bot's refusal when its work queue is full ({@code CoachRunner.BUSY}). */
    static final String BUSY_WORDS = "very busy";

    static {
        // as the bots' own servers: a small JSON answer otherwise waits for the client's delayed TCP ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<String, Long> firstMessageNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> busyNanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicLong lastCallNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-slack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The Web API base both bots are given (Slack's {@code https://slack.com/api/}). */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** The response_url handed out with a slash command of {@code user}. */
    String responseUrl(String user) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + user;
    }

    /** When the first message for {@code user} arrived ({@link System#nanoTime()}), if it has. */
    Optional<Long> firstMessage(String user) {
        return Optional.ofNullable(firstMessageNanos.get(user));
    }

    /** Whether {@code user} got a first message or a refusal (the bot is done with the command either way). */
    boolean answered(String user) {
        return firstMessageNanos.containsKey(user) || busyNanos.containsKey(user);
    }

    /** When {@code user} was told the bot is too busy, if they were. */
    Optional<Long> refusal(String user) {
        return Optional.ofNullable(busyNanos.get(user));
    }

    /** Nanoseconds since the last call of any kind reached the fake. */
    long quietNanos() {
        return System.nanoTime() - lastCallNanos.get();
    }

    /** Calls received so far per method and the first two letters of the channel or user, e.g. {@code chat.postMessage[UO]=12}. */
    Map<String, Long> callCounts() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            long arrived = System.nanoTime();
            lastCallNanos.set(arrived);
            String path = ex.getRequestURI().getPath();
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/response/")) {
                count("response_url[" + path.substring("/response/".length(), Math.min(path.length(), "/response/".length() + 2)) + "]");
                firstMessage(path.substring("/response/".length()), body.contains(BUSY_WORDS), arrived);
                send(ex, "text/plain", "ok");
                return;
            }
            String method = path.startsWith("/api/") ? path.substring(5) : path;
            Map<String, String> p = form(body);
            String who = p.getOrDefault("channel", p.getOrDefault("user", ""));
            count(who.length() > 2 ? method + "[" + who.substring(0, 2) + "]" : method);
            send(ex, "application/json; charset=utf-8", answer(method, p, arrived));
        }
    }

    private String answer(String method, Map<String, String> p, long arrived) {
        switch (method) {
            case "auth.test":
                return "{\"ok\":true,\"url\":\"https://bench.slack.test/\",\"team\":\"Bench\",\"user\":\"loopcoach\",\"team_id\":\""
                        + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOT\",\"is_enterprise_install\":false}";
            case "chat.postMessage": {
                String channel = p.getOrDefault("channel", "");
                String dm = channel.startsWith("U") ? "D" + channel.substring(1) : channel;
                firstMessage(dm.startsWith("D") ? "U" + dm.substring(1) : channel, p.getOrDefault("text", "").contains(BUSY_WORDS),
                        arrived);
                String ts = nextTs();
                String blocks = p.getOrDefault("blocks", "");
                return "{\"ok\":true,\"channel\":" + json(dm) + ",\"ts\":\"" + ts + "\",\"message\":{\"type\":\"message\","
                        + "\"subtype\":\"bot_message\",\"user\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOT\",\"team\":\"" + TEAM
                        + "\",\"ts\":\"" + ts + "\",\"text\":" + json(p.getOrDefault("text", ""))
                        + (blocks.startsWith("[") ? ",\"blocks\":" + blocks : "") + "}}";
            }
            case "chat.postEphemeral":
                firstMessage(p.getOrDefault("user", ""), p.getOrDefault("text", "").contains(BUSY_WORDS), arrived);
                return "{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}";
            case "users.info": {
                String id = p.getOrDefault("user", "");
                return "{\"ok\":true,\"user\":{\"id\":" + json(id) + ",\"team_id\":\"" + TEAM + "\",\"name\":" + json("user-" + id)
                        + ",\"deleted\":false,\"is_admin\":false,\"is_owner\":false,\"is_primary_owner\":false,\"is_bot\":false,"
                        + "\"tz\":\"America/Los_Angeles\",\"tz_label\":\"Pacific Standard Time\",\"tz_offset\":-28800,"
                        + "\"profile\":{\"display_name\":" + json("candidate " + id) + ",\"real_name\":" + json("Candidate " + id)
                        + "}}}";
            }
            case "conversations.open": {
                String users = p.getOrDefault("users", "");
                String dm = users.startsWith("U") ? "D" + users.substring(1) : "D0BENCH";
                return "{\"ok\":true,\"channel\":{\"id\":" + json(dm) + "}}";
            }
            default:
                return "{\"ok\":true}";
        }
    }

    private void firstMessage(String user, boolean busy, long arrived) {
        if (!user.isEmpty()) {
            (busy ? busyNanos : firstMessageNanos).putIfAbsent(user, arrived);
        }
    }

    private void count(String method) {
        calls.computeIfAbsent(method, k -> new LongAdder()).increment();
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private static String json(String s) {
        return new JsonPrimitive(s).toString();
    }

    /** Form fields (the Slack SDK posts Web API calls form-encoded); a JSON body yields no fields. */
    private static Map<String, String> form(String body) {
        Map<String, String> out = new java.util.HashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return out;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void send(HttpExchange ex, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
