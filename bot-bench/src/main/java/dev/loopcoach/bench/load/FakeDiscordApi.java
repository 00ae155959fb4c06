package dev.loopcoach.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A minimal Discord on loopback for one bot under load: the gateway (v10, plain JSON text frames: HELLO, IDENTIFY to
 * READY and one GUILD_CREATE, heartbeats acknowledged, dispatches) and the REST calls a bot makes around a slash command
 * (who am I, command registration, the interaction callback, follow-ups through the interaction webhook, a DM channel).
 * It records when each interaction's callback arrived and when the first message for each interaction token did (a
 * follow-up or an edit of the original response); a message saying the bot is too busy counts as a refusal. Payloads
 * follow bot-discord's test fixtures.
 */
final class FakeDiscordApi implements AutoCloseable {
    static final String APP_ID = "1200000000000000001";
    static final String GUILD_ID = "1300000000000000001";
    static final String CHANNEL_ID = "1400000000000000002";
    static final long DISCORD_EPOCH = 1420070400000L;
    private static final String API = "/api/v10";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CALLBACK = Pattern.compile(API + "/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern FOLLOW_UP = Pattern.compile(API + "/webhooks/\\d+/([^/]+)(/messages/[^/]+)?");
    private static final Pattern COMMANDS = Pattern.compile(API + "/applications/\\d+(/guilds/\\d+)?/commands");
    private static final String USER_ME = "{\"id\":\"" + APP_ID + "\",\"username\":\"loop-coach\",\"global_name\":\"Loop Coach\","
            + "\"discriminator\":\"0\",\"avatar\":null,\"bot\":true,\"verified\":true,\"flags\":0,\"mfa_enabled\":false}";

    static {
        // a small JSON answer otherwise waits for the client's delayed TCP ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final Gateway gateway;
    private final Map<String, CompletableFuture<Long>> callbacks = new ConcurrentHashMap<>();
    private final Map<String, Long> firstMessageNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> busyNanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final AtomicLong lastCallNanos = new AtomicLong(System.nanoTime());
    private final AtomicLong counter = new AtomicLong();
    private final String commandId = snowflake();

    FakeDiscordApi() throws IOException, InterruptedException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-discord-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", this::serve);
        http.start();
        gateway = new Gateway();
        gateway.start();
        if (!gateway.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    /** The REST base a bot is given ({@code COACH_DISCORD_API_URL}, Discord's {@code https://discord.com/api/v10/}). */
    String restBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + API + "/";
    }

    /** The gateway URL a bot is given ({@code COACH_DISCORD_GATEWAY_URL}). */
    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    /** A fresh snowflake for now (JDA derives an interaction's 15-minute hook expiry from its id). */
    String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }

    /**
     * Sends an INTERACTION_CREATE for {@code /mockinterview type:behavioral} by {@code userId} in the guild channel;
     * returns when it was sent and the future of its callback's arrival ({@link System#nanoTime()}).
     */
    Dispatched dispatchMockInterview(String id, String token, String userId) {
        CompletableFuture<Long> callback = new CompletableFuture<>();
        callbacks.put(id, callback);
        String interaction = INTERACTION.formatted(id, token, userId, "candidate" + userId.substring(userId.length() - 6),
                commandId);
        long sent = gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Dispatched(sent, callback);
    }

    /** When an interaction was dispatched, and when its callback arrived. */
    record Dispatched(long sentNanos, CompletableFuture<Long> callback) {
    }

    /** Whether a bot has identified on the gateway. */
    boolean identified() {
        return gateway.identified.getCount() == 0;
    }

    Optional<Long> firstMessage(String token) {
        return Optional.ofNullable(firstMessageNanos.get(token));
    }

    Optional<Long> refusal(String token) {
        return Optional.ofNullable(busyNanos.get(token));
    }

    long quietNanos() {
        return System.nanoTime() - lastCallNanos.get();
    }

    /** REST calls received so far per kind, e.g. {@code callback=1234}. */
    Map<String, Long> callCounts() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    // ---- REST ------------------------------------------------------------------------------------

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            long arrived = System.nanoTime();
            lastCallNanos.set(arrived);
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            byte[] body = ex.getRequestBody().readAllBytes();
            Matcher m = CALLBACK.matcher(path);
            if (m.matches() && method.equals("POST")) {
                count("callback");
                CompletableFuture<Long> f = callbacks.remove(m.group(1));
                if (f != null) {
                    f.complete(arrived);
                }
                if (new String(body, StandardCharsets.UTF_8).contains(FakeSlackApi.BUSY_WORDS)) {
                    busyNanos.putIfAbsent(m.group(2), arrived); // refused in the first answer, before any defer
                }
                String query = ex.getRequestURI().getRawQuery();
                if (query != null && query.contains("with_response=true")) {
                    int type = JSON.readTree(body).path("type").asInt(5);
                    send(ex, 200, "{\"interaction\":{\"id\":\"" + m.group(1) + "\",\"type\":2,\"response_message_loading\":"
                            + (type == 5) + ",\"response_message_ephemeral\":true},\"resource\":{\"type\":" + type + "}}");
                } else {
                    send(ex, 204, null);
                }
                return;
            }
            m = FOLLOW_UP.matcher(path);
            if (m.matches() && (method.equals("POST") || method.equals("PATCH"))) {
                count(method.equals("POST") ? "follow-up" : "edit-original");
                String text = new String(body, StandardCharsets.UTF_8);
                (text.contains(FakeSlackApi.BUSY_WORDS) ? busyNanos : firstMessageNanos).putIfAbsent(m.group(1), arrived);
                send(ex, 200, message(ex.getRequestHeaders().getFirst("Content-Type"), body));
                return;
            }
            m = COMMANDS.matcher(path);
            if (m.matches() && method.equals("PUT")) {
                count("commands");
                send(ex, 200, registered(body));
                return;
            }
            count(method + " " + path.replaceAll("\\d{5,}", "{id}"));
            if (method.equals("GET") && path.equals(API + "/users/@me")) {
                send(ex, 200, USER_ME);
            } else if (method.equals("GET") && (path.equals(API + "/gateway/bot") || path.equals(API + "/gateway"))) {
                send(ex, 200, "{\"url\":\"" + gatewayUrl() + "\",\"shards\":1,\"session_start_limit\":{\"total\":1000,"
                        + "\"remaining\":999,\"reset_after\":14400000,\"max_concurrency\":1}}");
            } else if (method.equals("POST") && path.equals(API + "/users/@me/channels")) {
                String user = JSON.readTree(body).path("recipient_id").asText("1");
                send(ex, 200, "{\"id\":\"9" + user.substring(1) + "\",\"type\":1,\"last_message_id\":null,\"recipients\":[{\"id\":\""
                        + user + "\",\"username\":\"candidate\",\"discriminator\":\"0\",\"avatar\":null,\"global_name\":null}]}");
            } else {
                send(ex, 404, "{\"message\":\"404: Not Found\",\"code\":0}");
            }
        }
    }

    /** A posted or edited message as Discord echoes it: an id, the author, the content, embeds and numbered components. */
    private String message(String contentType, byte[] body) throws IOException {
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", snowflake()).put("channel_id", CHANNEL_ID).put("type", 0).put("content", "");
        msg.set("author", JSON.readTree(USER_ME));
        msg.putArray("attachments");
        msg.putArray("embeds");
        msg.putArray("components");
        msg.putArray("mentions");
        msg.putArray("mention_roles");
        msg.put("mention_everyone", false).put("pinned", false).put("tts", false)
                .put("timestamp", "2024-01-01T00:00:00.000000+00:00").putNull("edited_timestamp");
        msg.put("flags", 0).put("webhook_id", APP_ID).put("application_id", APP_ID);
        if (contentType != null && contentType.startsWith("application/json") && body.length > 0) {
            JsonNode in = JSON.readTree(body);
            if (in.hasNonNull("content")) {
                msg.put("content", in.path("content").asText());
            }
            if (in.path("embeds").isArray()) {
                ArrayNode embeds = in.path("embeds").deepCopy();
                embeds.forEach(e -> {
                    if (e instanceof ObjectNode o && !o.has("type")) {
                        o.put("type", "rich");
                    }
                });
                msg.set("embeds", embeds);
            }
            if (in.path("components").isArray()) {
                ArrayNode components = in.path("components").deepCopy();
                int[] n = {0};
                components.forEach(c -> number(c, n));
                msg.set("components", components);
            }
            msg.put("flags", in.path("flags").asLong(0));
        }
        return msg.toString();
    }

    private static void number(JsonNode component, int[] n) {
        if (component instanceof ObjectNode o) {
            o.put("id", ++n[0]);
            component.path("components").forEach(c -> number(c, n));
        }
    }

    private String registered(byte[] body) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode c : JSON.readTree(body)) {
            ObjectNode copy = ((ObjectNode) c).deepCopy();
            copy.put("id", snowflake()).put("application_id", APP_ID).put("version", snowflake());
            out.add(copy);
        }
        return out.toString();
    }

    private void count(String what) {
        calls.computeIfAbsent(what, k -> new LongAdder()).increment();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        try {
            gateway.stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- gateway ---------------------------------------------------------------------------------

    /** One bot's gateway connection. */
    private final class Gateway extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch identified = new CountDownLatch(1);
        private volatile WebSocket client;
        private int seq;

        Gateway() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            setReuseAddr(true);
            setConnectionLostTimeout(0);
            setTcpNoDelay(true);
        }

        /** Sends a dispatch; returns when it was handed to the connection ({@link System#nanoTime()}). */
        synchronized long dispatch(String type, String data) {
            String frame = "{\"op\":0,\"t\":\"" + type + "\",\"s\":" + (++seq) + ",\"d\":" + data + "}";
            long now = System.nanoTime();
            WebSocket c = client;
            if (c != null && c.isOpen()) {
                c.send(frame);
            }
            return now;
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250},\"s\":null,\"t\":null}");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonNode node;
            try {
                node = JSON.readTree(message);
            } catch (IOException e) {
                return;
            }
            int op = node.path("op").asInt(-1);
            if (op == 1) {
                conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
            } else if (op == 2) {
                identify(conn);
            }
        }

        private synchronized void identify(WebSocket conn) {
            client = conn;
            seq = 0;
            String session = UUID.randomUUID().toString().replace("-", "");
            dispatch("READY", READY.formatted(APP_ID, GUILD_ID, session, gatewayUrl(), APP_ID));
            dispatch("GUILD_CREATE", GUILD.formatted(GUILD_ID, GUILD_ID, CHANNEL_ID, GUILD_ID, APP_ID));
            identified.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            if (conn == client) {
                client = null;
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // a bot stopping at the end of the run closes its connection
        }
    }

    private static final String READY = """
            {"v":10,"user":{"id":"%s","username":"loop-coach","global_name":"Loop Coach","discriminator":"0","avatar":null,\
            "bot":true,"verified":true,"flags":0,"mfa_enabled":false},"guilds":[{"id":"%s","unavailable":true}],\
            "private_channels":[],"relationships":[],"presences":[],"guild_join_requests":[],"geo_ordered_rtc_regions":[],\
            "session_type":"normal","session_id":"%s","resume_gateway_url":"%s","shard":[0,1],"application":{"id":"%s","flags":0}}""";

    private static final String GUILD = """
            {"id":"%s","name":"PM Interview Prep","icon":null,"splash":null,"discovery_splash":null,"owner_id":"1500000000000000099",\
            "afk_channel_id":null,"afk_timeout":300,"verification_level":0,"default_message_notifications":1,\
            "explicit_content_filter":0,"mfa_level":0,"nsfw_level":0,"premium_tier":0,"premium_subscription_count":0,\
            "preferred_locale":"en-US","system_channel_id":null,"rules_channel_id":null,"public_updates_channel_id":null,\
            "safety_alerts_channel_id":null,"max_members":500000,"member_count":3,"large":false,"unavailable":false,\
            "joined_at":"2024-01-01T00:00:00.000000+00:00","features":[],"description":null,"banner":null,"vanity_url_code":null,\
            "application_id":null,"premium_progress_bar_enabled":false,\
            "roles":[{"id":"%s","name":"@everyone","color":0,"colors":{"primary_color":0,"secondary_color":null,\
            "tertiary_color":null},"hoist":false,"icon":null,"unicode_emoji":null,"position":0,"permissions":"2248473465835073",\
            "managed":false,"mentionable":false,"flags":0}],\
            "channels":[{"id":"%s","type":0,"guild_id":"%s","name":"interview-prep","position":0,"permission_overwrites":[],\
            "topic":null,"nsfw":false,"last_message_id":null,"rate_limit_per_user":0,"parent_id":null,"flags":0}],\
            "threads":[],"members":[{"user":{"id":"%s","username":"loop-coach","global_name":"Loop Coach","discriminator":"0",\
            "avatar":null,"bot":true},"roles":[],"joined_at":"2024-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,\
            "flags":0,"pending":false}],"voice_states":[],"presences":[],"stage_instances":[],"guild_scheduled_events":[],\
            "emojis":[],"stickers":[],"soundboard_sounds":[]}""";

    /** {@code /mockinterview type:behavioral} in the guild's channel, as bot-discord's fixture interaction_guild.json. */
    private static final String INTERACTION = """
            {"id":"%s","application_id":"1200000000000000001","type":2,"version":1,"token":"%s","locale":"en-US",\
            "guild_locale":"en-US","context":0,"authorizing_integration_owners":{"0":"1300000000000000001"},\
            "app_permissions":"2248473465835073","entitlements":[],"attachment_size_limit":10485760,\
            "guild_id":"1300000000000000001","guild":{"id":"1300000000000000001","locale":"en-US","features":[]},\
            "channel_id":"1400000000000000002","channel":{"id":"1400000000000000002","type":0,"guild_id":"1300000000000000001",\
            "name":"interview-prep","position":0,"permission_overwrites":[],"nsfw":false,"parent_id":null,"rate_limit_per_user":0,\
            "last_message_id":null,"topic":null,"flags":0,"permissions":"2248473465835073"},\
            "member":{"user":{"id":"%s","username":"%s","global_name":null,"discriminator":"0","avatar":null},"roles":[],\
            "joined_at":"2024-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"pending":false,\
            "premium_since":null,"nick":null,"avatar":null,"permissions":"2248473465835073"},\
            "data":{"id":"%s","name":"mockinterview","type":1,"options":[{"name":"type","type":3,"value":"behavioral"}]}}""";
}
