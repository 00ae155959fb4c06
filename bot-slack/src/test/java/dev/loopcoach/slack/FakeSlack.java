package dev.loopcoach.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Web API and response_url endpoints on 127.0.0.1. It answers the methods
 * the bot uses the way Slack documents them and records every call (method, headers, decoded
 * parameters). Calls can be made to fail once with any status and headers, e.g. 429 + Retry-After.
 */
final class FakeSlack implements AutoCloseable {
    static final String TEAM = "T0FAKE";
    static final String BOT_USER = "U0BOT";

    record Call(String path, String method, Map<String, String> headers, Map<String, String> params, String body, long atNanos) {
        String param(String name) {
            return params.get(name);
        }

        JsonElement json(String name) {
            String v = params.get(name);
            return v == null ? null : JsonParser.parseString(v);
        }

        /** All text the call would show (message text, every text in blocks or a view, JSON-decoded), for assertions. */
        String visibleText() {
            StringBuilder sb = new StringBuilder(params.getOrDefault("text", ""));
            for (String p : List.of("blocks", "view")) {
                String v = params.get(p);
                if (v != null && !v.isBlank()) {
                    collectTexts(JsonParser.parseString(v), sb);
                }
            }
            return sb.toString();
        }

        private static void collectTexts(JsonElement e, StringBuilder sb) {
            if (e.isJsonArray()) {
                e.getAsJsonArray().forEach(x -> collectTexts(x, sb));
            } else if (e.isJsonObject()) {
                e.getAsJsonObject().entrySet().forEach(en -> {
                    if (en.getKey().equals("text") && en.getValue().isJsonPrimitive()) {
                        sb.append('\n').append(en.getValue().getAsString());
                    } else {
                        collectTexts(en.getValue(), sb);
                    }
                });
            }
        }
    }

    record Scripted(int status, Map<String, String> headers, String body) {
    }

    static {
        // as in production (BoltHttpServer): no Nagle delay on small responses
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
    /** How long users.info takes to answer (a slow Slack API), 0 by default. */
    volatile long usersInfoMillis;
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final java.util.Map<String, String> zones = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_100L);
    private volatile String socketModeUrl = "ws://127.0.0.1:1/";

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    void admin(String userId) {
        admins.add(userId);
    }

    private final Map<String, String> displayNames = new ConcurrentHashMap<>();
    /** Group conversations opened with conversations.open, by their sorted member list. */
    private final Map<String, String> groups = new ConcurrentHashMap<>();

    /** The display name users.info reports in a member's profile. */
    void displayName(String userId, String name) {
        displayNames.put(userId, name);
    }

    /** The time zone users.info reports for a member's profile (IANA id, as Slack sends it). */
    void zone(String userId, String tz) {
        zones.put(userId, tz);
    }

    /** Root messages posted per channel, newest last, as conversations.history returns them (metadata included). */
    private final Map<String, List<JsonObject>> history = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger postedThenFailing = new java.util.concurrent.atomic.AtomicInteger();

    /** The next chat.postMessage is posted, but its answer is an HTTP 500 (the sender cannot tell it went out). */
    void postThenFailNext() {
        postedThenFailing.incrementAndGet();
    }

    /** The next call of {@code method} (e.g. "chat.postMessage" or "response") gets this answer instead. */
    void failNext(String method, int status, Map<String, String> headers, String body) {
        scripted.computeIfAbsent(method, k -> new ConcurrentLinkedDeque<>()).add(new Scripted(status, headers, body));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until at least {@code n} calls match, then returns all matching calls. */
    List<Call> await(Predicate<Call> filter, int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            List<Call> hits = calls.stream().filter(filter).toList();
            if (hits.size() >= n) {
                return hits;
            }
            Thread.sleep(10);
        }
        List<Call> hits = calls.stream().filter(filter).toList();
        if (hits.size() >= n) {
            return hits;
        }
        throw new AssertionError("expected " + n + " matching calls within " + timeout + ", got " + hits.size()
                + "; all calls: " + calls.stream().map(Call::method).toList());
    }

    List<Call> await(String method, int n) throws InterruptedException {
        return await(c -> c.method().equals(method), n, Duration.ofSeconds(5));
    }

    /** Asserts that no further call matching the filter arrives within {@code quiet}. */
    void assertNoMore(Predicate<Call> filter, int expected, Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        long n = calls.stream().filter(filter).count();
        if (n != expected) {
            throw new AssertionError("expected exactly " + expected + " matching calls, got " + n);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/upload/")) { // a file's bytes, sent to the URL files.getUploadURLExternal handed out
                byte[] bytes = ex.getRequestBody().readAllBytes();
                calls.add(new Call(path, path, Map.of(), Map.of(), new String(bytes, StandardCharsets.ISO_8859_1), System.nanoTime()));
                send(ex, 200, "OK - " + bytes.length);
                return;
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            String method = path.startsWith("/api/") ? path.substring(5) : path.startsWith("/response/") ? "response" : path;
            Map<String, String> params = params(headers.getOrDefault("content-type", ""), body, ex.getRequestURI().getRawQuery());
            calls.add(new Call(path, method, Collections.unmodifiableMap(headers), Collections.unmodifiableMap(params), body,
                    System.nanoTime()));
            if (method.equals("users.info") && usersInfoMillis > 0) {
                try {
                    Thread.sleep(usersInfoMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Deque<Scripted> queue = scripted.get(method);
            Scripted s = queue == null ? null : queue.poll();
            if (s != null) {
                s.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
                send(ex, s.status(), s.body());
                return;
            }
            if (method.equals("response")) {
                send(ex, 200, "ok");
                return;
            }
            String answer = answer(method, params, headers);
            if (method.equals("chat.postMessage") && postedThenFailing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(ex, 500, "{\"ok\":false,\"error\":\"internal_error\"}");
                return;
            }
            send(ex, 200, answer);
        }
    }

    private String answer(String method, Map<String, String> p, Map<String, String> headers) {
        JsonObject o = new JsonObject();
        String auth = headers.getOrDefault("authorization", "");
        if (auth.contains("revoked")) { // a token Slack no longer accepts
            o.addProperty("ok", false);
            o.addProperty("error", "invalid_auth");
            return o.toString();
        }
        if (!auth.startsWith("Bearer ")) {
            o.addProperty("ok", false);
            o.addProperty("error", "not_authed");
            return o.toString();
        }
        o.addProperty("ok", true);
        switch (method) {
            case "auth.test" -> {
                o.addProperty("team_id", TEAM);
                o.addProperty("user_id", BOT_USER);
                o.addProperty("bot_id", "B0BOT");
                o.addProperty("team", "Fake");
                o.addProperty("user", "loopcoach");
                o.addProperty("url", "https://fake.slack.test/");
            }
            case "chat.postMessage" -> {
                String channel = p.getOrDefault("channel", "");
                String ts = nextTs();
                o.addProperty("channel", channel.startsWith("U") ? "D" + channel.substring(1) : channel);
                o.addProperty("ts", ts);
                o.add("message", new JsonObject());
                if (!p.containsKey("thread_ts")) {
                    JsonObject stored = new JsonObject();
                    stored.addProperty("ts", ts);
                    stored.addProperty("text", p.getOrDefault("text", ""));
                    if (p.containsKey("metadata")) {
                        stored.add("metadata", com.google.gson.JsonParser.parseString(p.get("metadata")));
                    }
                    history.computeIfAbsent(channel, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(stored);
                }
            }
            case "conversations.history" -> {
                com.google.gson.JsonArray messages = new com.google.gson.JsonArray();
                List<JsonObject> all = history.getOrDefault(p.getOrDefault("channel", ""), List.of());
                double oldest = Double.parseDouble(p.getOrDefault("oldest", "0"));
                for (int i = all.size() - 1; i >= 0; i--) {
                    JsonObject m = all.get(i).deepCopy();
                    if (Double.parseDouble(m.get("ts").getAsString()) < oldest) {
                        continue;
                    }
                    if (!"true".equals(p.get("include_all_metadata")) && !"1".equals(p.get("include_all_metadata"))) {
                        m.remove("metadata");
                    }
                    messages.add(m);
                }
                o.add("messages", messages);
                o.addProperty("has_more", false);
            }
            case "chat.postEphemeral" -> o.addProperty("message_ts", nextTs());
            case "conversations.open" -> {
                // the same members always get the same group conversation, as in Slack
                List<String> members = new ArrayList<>(List.of(p.getOrDefault("users", "").split(",")));
                Collections.sort(members);
                JsonObject channel = new JsonObject();
                channel.addProperty("id", groups.computeIfAbsent(String.join(",", members), k -> "G0PAIR" + groups.size()));
                channel.addProperty("is_mpim", members.size() > 1);
                o.add("channel", channel);
            }
            case "files.delete" -> { }
            case "files.getUploadURLExternal" -> {
                String id = "F0" + ts.incrementAndGet();
                o.addProperty("upload_url", apiUrl().replace("/api/", "/upload/") + id);
                o.addProperty("file_id", id);
            }
            case "files.completeUploadExternal" -> {
                com.google.gson.JsonArray files = com.google.gson.JsonParser.parseString(p.getOrDefault("files", "[]")).getAsJsonArray();
                o.add("files", files);
            }
            case "views.open", "views.publish" -> {
                JsonObject view = new JsonObject();
                view.addProperty("id", "V0" + ts.incrementAndGet());
                o.add("view", view);
            }
            case "users.info" -> {
                String id = p.getOrDefault("user", "");
                JsonObject user = new JsonObject();
                user.addProperty("id", id);
                user.addProperty("team_id", TEAM);
                user.addProperty("name", "user-" + id);
                user.addProperty("is_admin", admins.contains(id));
                user.addProperty("is_owner", false);
                user.addProperty("is_primary_owner", false);
                String tz = zones.get(id);
                if (tz != null) {
                    user.addProperty("tz", tz);
                }
                String display = displayNames.get(id);
                if (display != null) {
                    JsonObject profile = new JsonObject();
                    profile.addProperty("display_name", display);
                    profile.addProperty("real_name", display + " (full name)");
                    user.add("profile", profile);
                }
                o.add("user", user);
            }
            case "apps.connections.open" -> o.addProperty("url", socketModeUrl);
            default -> {
                o.addProperty("ok", false);
                o.addProperty("error", "unknown_method");
            }
        }
        return o.toString();
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private static Map<String, String> params(String contentType, String body, String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery != null) {
            out.putAll(form(rawQuery));
        }
        if (contentType.startsWith("application/json")) {
            if (!body.isBlank()) {
                JsonObject o = JsonParser.parseString(body).getAsJsonObject();
                o.entrySet().forEach(e -> out.put(e.getKey(),
                        e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
            }
        } else {
            out.putAll(form(body));
        }
        return out;
    }

    private static Map<String, String> form(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
        }
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    /** Every parameter value of every recorded call, e.g. to scan for leaked secrets. */
    List<String> everything() {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> {
            out.add(c.body());
            out.addAll(c.params().values());
        });
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
