package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Discord, general enough to drive any bot: a REST API (JDK HttpServer) and a
 * gateway (Java-WebSocket), both on 127.0.0.1 with free ports. It behaves like Discord where it
 * matters to a bot: interactions must be answered once and within 3 seconds (else {@code 10062
 * Unknown interaction}), follow-ups need an acknowledged interaction, messages get ids and are kept so
 * later button presses can carry them. Every request is recorded for assertions.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String APP_ID = "1200000000000000001";
    public static final String GUILD_ID = "1300000000000000001";
    public static final String CHANNEL_ID = "1400000000000000002";
    public static final String ADMIN_ROLE_ID = "1310000000000000001";
    /** The @everyone permissions of the fixture guild: no Manage Server, no Administrator. */
    public static final long MEMBER_PERMISSIONS = 2248473465835073L;
    public static final long MANAGE_SERVER = 1L << 5;
    static final long DISCORD_EPOCH = 1420070400000L;
    static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);

    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("/webhooks/(\\d+)/([^/]+)/messages/([^/]+)");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)(?:/guilds/(\\d+))?/commands");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern THREADS = Pattern.compile("/channels/(\\d+)/threads");
    private static final Pattern MESSAGE_THREAD = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern THREAD_MEMBER = Pattern.compile("/channels/(\\d+)/thread-members/(\\d+|@me)");
    private static final String API = "/api/v10";

    private final HttpServer http;
    private final FakeGateway gateway;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private final Map<String, InteractionState> interactions = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    private final Map<Long, String> messageByRequest = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> threads = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> threadMembers = new ConcurrentHashMap<>();
    private final java.util.Set<String> forbidden = ConcurrentHashMap.newKeySet();
    private final AtomicLong counter = new AtomicLong();
    private final Object signal = new Object();

    /** What the fake knows about one interaction it dispatched. */
    static final class InteractionState {
        final String id;
        final String token;
        final String channelId;
        final long dispatchedNanos;
        volatile int responseType = -1;
        volatile boolean ephemeral;
        volatile String originalMessageId;

        InteractionState(String id, String token, String channelId) {
            this.id = id;
            this.token = token;
            this.channelId = channelId;
            this.dispatchedNanos = System.nanoTime();
        }
    }

    private FakeDiscord(List<ObjectNode> guilds) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::serve);
        gateway = new FakeGateway(this::gatewayUrl, guilds);
    }

    /** A fake with the fixture guild (one text channel) that the bot is a member of. */
    public static FakeDiscord start() {
        return start(List.of(Fixtures.load("guild_create.json", Map.of())));
    }

    public static FakeDiscord start(List<ObjectNode> guilds) {
        try {
            FakeDiscord fake = new FakeDiscord(guilds);
            fake.http.start();
            fake.gateway.startAndWait();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("fake Discord could not start", e);
        }
    }

    public String restBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + API + "/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort() + "/";
    }

    // ---- gateway ---------------------------------------------------------------------------------

    /** Drops the bot's gateway connection (resumable close); the bot is expected to RESUME. */
    public void dropGateway() {
        gateway.drop();
    }

    /** The sequence number of the last gateway dispatch. */
    public int gatewaySequence() {
        return gateway.sequence();
    }

    public boolean gatewayConnected() {
        return gateway.connected();
    }

    /** Frames the bot sent on the gateway, in order. */
    public List<JsonNode> gatewayFrames() {
        return List.copyOf(gateway.received());
    }

    /** Dispatches an INTERACTION_CREATE (the fake starts the 3-second clock now). */
    public Dispatched dispatchInteraction(ObjectNode interaction) {
        String id = interaction.path("id").asText();
        String token = interaction.path("token").asText();
        interactions.put(id, new InteractionState(id, token, interaction.path("channel_id").asText()));
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Dispatched(id, token);
    }

    /** The id and token of a dispatched interaction. */
    public record Dispatched(String id, String token) {
    }

    /** A fresh snowflake for now (JDA derives the 15-minute hook expiry from interaction ids). */
    public String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }

    // ---- recordings ------------------------------------------------------------------------------

    public List<Recorded> requests() {
        return List.copyOf(recorded);
    }

    /** Waits for the first recorded request matching {@code test}. */
    public Recorded await(Predicate<Recorded> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (true) {
                for (Recorded r : recorded) {
                    if (test.test(r)) {
                        return r;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no request matching within " + timeout + "; got:\n" + describe());
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Waits until {@code count} requests match, returning them in arrival order. */
    public List<Recorded> awaitCount(Predicate<Recorded> test, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (true) {
                List<Recorded> hits = recorded.stream().filter(test).toList();
                if (hits.size() >= count) {
                    return hits;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching requests within " + timeout + ", got "
                            + hits.size() + "; all:\n" + describe());
                }
                try {
                    signal.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** The callback the bot sent for an interaction, which must arrive within Discord's 3 seconds. */
    public Recorded awaitCallback(Dispatched d) {
        return await(r -> r.is("POST", "/interactions/" + d.id() + "/"), INTERACTION_DEADLINE);
    }

    /** Follow-up messages sent through the interaction's webhook. */
    public List<Recorded> awaitFollowUps(Dispatched d, int count, Duration timeout) {
        return awaitCount(r -> r.method().equals("POST") && r.path().equals("/webhooks/" + APP_ID + "/" + d.token()), count, timeout);
    }

    /** How long after dispatch the interaction was answered, in milliseconds. */
    public long callbackDelayMillis(Dispatched d, Recorded callback) {
        return (callback.atNanos() - interactions.get(d.id()).dispatchedNanos) / 1_000_000;
    }

    /** A message as stored, e.g. to press one of its buttons. */
    public ObjectNode message(String id) {
        ObjectNode m = messages.get(id);
        if (m == null) {
            throw new AssertionError("no message " + id);
        }
        return m.deepCopy();
    }

    /** The stored message created by a recorded request (webhook follow-up, channel message or type 4/7 callback). */
    public ObjectNode messageOf(Recorded request) {
        String id = messageByRequest.get(request.atNanos());
        if (id == null) {
            throw new AssertionError("no message stored for " + request);
        }
        return message(id);
    }

    /** Registered commands: global ones under "global", guild ones under the guild id. */
    public Map<String, ArrayNode> commands() {
        return Map.copyOf(commands);
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        recorded.forEach(r -> sb.append("  ").append(r).append('\n'));
        return sb.toString();
    }

    // ---- REST ------------------------------------------------------------------------------------

    private void serve(HttpExchange ex) throws IOException {
        long at = System.nanoTime();
        try (ex) {
            String fullPath = ex.getRequestURI().getPath();
            String path = fullPath.startsWith(API) ? fullPath.substring(API.length()) : fullPath;
            String method = ex.getRequestMethod();
            byte[] raw = ex.getRequestBody().readAllBytes();
            String contentType = ex.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = null;
            List<Recorded.FilePart> files = new ArrayList<>();
            if (Multipart.isMultipart(contentType)) {
                for (Multipart.Part p : Multipart.parse(contentType, raw)) {
                    if (p.name().equals("payload_json")) {
                        body = Fixtures.JSON.readTree(p.text());
                    } else {
                        files.add(new Recorded.FilePart(p.name(), p.fileName(), p.data()));
                    }
                }
            } else if (raw.length > 0) {
                body = Fixtures.JSON.readTree(raw);
            }
            Map<String, String> headers = new HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            Response response = route(method, path, ex.getRequestURI().getRawQuery(), headers, body, at);
            record(new Recorded(method, path, ex.getRequestURI().getRawQuery(), headers, body, files, response.status, at),
                    response);
            byte[] out = response.body == null ? new byte[0] : response.body.toString().getBytes(StandardCharsets.UTF_8);
            if (response.body != null) {
                ex.getResponseHeaders().add("Content-Type", "application/json");
            }
            ex.sendResponseHeaders(response.status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private void record(Recorded r, Response response) {
        if (response.storedMessage != null) {
            messageByRequest.put(r.atNanos(), response.storedMessage.path("id").asText());
        }
        recorded.add(r);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private record Response(int status, JsonNode body, ObjectNode storedMessage) {
        static Response json(int status, JsonNode body) {
            return new Response(status, body, null);
        }

        static Response error(int status, int code, String message) {
            return json(status, Fixtures.JSON.createObjectNode().put("message", message).put("code", code));
        }
    }

    private Response route(String method, String path, String query, Map<String, String> headers, JsonNode body, long at) {
        if (!("Bot fake-token".equals(headers.get("authorization"))) && !path.startsWith("/interactions/")
                && !path.startsWith("/webhooks/")) {
            return Response.error(401, 0, "401: Unauthorized");
        }
        if (method.equals("GET") && path.equals("/users/@me")) {
            return Response.json(200, Fixtures.load("user_me.json", Map.of()));
        }
        if (method.equals("POST") && path.equals("/users/@me/channels")) {
            return Response.json(200, directChannel(body == null ? "" : body.path("recipient_id").asText("")));
        }
        if (method.equals("GET") && path.matches("/users/\\d+")) {
            return Response.json(200, person(path.substring("/users/".length())));
        }
        if (method.equals("GET") && path.equals("/gateway/bot")) {
            return Response.json(200, Fixtures.load("gateway_bot.json", Map.of("gateway", gatewayUrl())));
        }
        if (method.equals("GET") && path.equals("/gateway")) {
            return Response.json(200, Fixtures.JSON.createObjectNode().put("url", gatewayUrl()));
        }
        Matcher m = COMMANDS.matcher(path);
        if (m.matches() && method.equals("PUT")) {
            return putCommands(m.group(2) == null ? "global" : m.group(2), body);
        }
        m = CALLBACK.matcher(path);
        if (m.matches() && method.equals("POST")) {
            return callback(m.group(1), m.group(2), query, body, at);
        }
        m = WEBHOOK_MESSAGE.matcher(path);
        if (m.matches() && method.equals("PATCH")) {
            return editOriginal(m.group(2), m.group(3), body);
        }
        m = WEBHOOK.matcher(path);
        if (m.matches() && method.equals("POST")) {
            return followUp(m.group(2), body);
        }
        m = THREADS.matcher(path);
        if (m.matches() && method.equals("POST")) {
            return createThread(m.group(1), body);
        }
        m = MESSAGE_THREAD.matcher(path);
        if (m.matches() && method.equals("POST")) {
            return threadFromMessage(m.group(1), m.group(2), body);
        }
        m = THREAD_MEMBER.matcher(path);
        if (m.matches() && method.equals("PUT")) {
            if (!threads.containsKey(m.group(1))) {
                return Response.error(404, 10003, "Unknown Channel");
            }
            threadMembers.computeIfAbsent(m.group(1), k -> ConcurrentHashMap.newKeySet()).add(m.group(2));
            return new Response(204, null, null);
        }
        m = CHANNEL_MESSAGES.matcher(path);
        if (m.matches() && method.equals("GET")) {
            ArrayNode latest = Fixtures.JSON.createArrayNode();
            List<ObjectNode> in = new ArrayList<>(channelMessages(m.group(1)));
            java.util.Collections.reverse(in);
            in.stream().limit(100).forEach(msg -> latest.add(msg.deepCopy().without("nonce")));
            return Response.json(200, latest);
        }
        if (m.matches() && method.equals("POST")) {
            if (forbidden.contains(m.group(1))) {
                return Response.error(403, 50001, "Missing Access");
            }
            Integer failing = serverErrors.computeIfPresent(m.group(1), (k, n) -> n > 0 ? n - 1 : null);
            if (failing != null) {
                return Response.error(500, 0, "500: Internal Server Error");
            }
            String nonce = body == null ? "" : body.path("nonce").asText("");
            if (!nonce.isEmpty() && body.path("enforce_nonce").asBoolean(false)) {
                ObjectNode earlier = byNonce.get(m.group(1) + "/" + nonce);
                if (earlier != null) {
                    return Response.json(200, earlier); // Discord returns the first message, posts nothing new
                }
            }
            ObjectNode msg = storeMessage(m.group(1), body, false);
            if (!nonce.isEmpty()) {
                byNonce.put(m.group(1) + "/" + nonce, msg);
            }
            return new Response(200, msg, msg);
        }
        return Response.error(404, 0, "404: Not Found");
    }

    private Response createThread(String parentId, JsonNode body) {
        if (body == null || body.path("name").asText("").isEmpty() || body.path("name").asText().length() > 100) {
            return Response.error(400, 50035, "Invalid Form Body");
        }
        String id = snowflake();
        ObjectNode thread = Fixtures.load("thread.json", Map.of("id", id, "type", String.valueOf(body.path("type").asInt(11)),
                "parentId", parentId, "name", body.path("name").asText()));
        threads.put(id, thread);
        gateway.dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        return Response.json(201, thread);
    }

    /**
     * A public thread under a message, as Discord makes it: the thread's id is the message's id, and a message
     * can start only one thread.
     */
    private Response threadFromMessage(String channelId, String messageId, JsonNode body) {
        if (forbidden.contains(channelId)) {
            return Response.error(403, 50001, "Missing Access");
        }
        ObjectNode message = messages.get(messageId);
        if (message == null || !message.path("channel_id").asText().equals(channelId)) {
            return Response.error(404, 10008, "Unknown Message");
        }
        String name = body == null ? "" : body.path("name").asText("");
        if (name.isEmpty() || name.length() > 100) {
            return Response.error(400, 50035, "Invalid Form Body");
        }
        int archive = body.path("auto_archive_duration").asInt(4320);
        if (archive != 60 && archive != 1440 && archive != 4320 && archive != 10080) {
            return Response.error(400, 50035, "Invalid Form Body");
        }
        if (threads.containsKey(messageId)) {
            return Response.error(400, 160004, "A thread has already been created for this message");
        }
        ObjectNode thread = Fixtures.load("thread.json", Map.of("id", messageId, "type", "11", "parentId", channelId, "name", name));
        ((ObjectNode) thread.path("thread_metadata")).put("auto_archive_duration", archive).put("invitable", true);
        threads.put(messageId, thread);
        if (gateway.servesGuild(thread.path("guild_id").asText())) {
            gateway.dispatch("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        }
        return Response.json(201, thread);
    }

    /** The direct-message channel with a person, as Discord opens it: one per person, its id derived from theirs. */
    private static ObjectNode directChannel(String userId) {
        ObjectNode channel = Fixtures.JSON.createObjectNode().put("id", dmChannelOf(userId)).put("type", 1);
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(person(userId));
        return channel;
    }

    /** The id of the DM channel the fake opens with {@code userId}. */
    public static String dmChannelOf(String userId) {
        return "9" + userId.substring(1);
    }

    private static ObjectNode person(String userId) {
        ObjectNode user = Fixtures.JSON.createObjectNode().put("id", userId).put("username", "person" + userId.substring(userId.length() - 4))
                .put("discriminator", "0").put("bot", false).put("flags", 0);
        user.putNull("avatar");
        user.putNull("global_name");
        return user;
    }

    private final Map<String, Integer> serverErrors = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> byNonce = new ConcurrentHashMap<>();

    /** The next {@code n} posts to the channel get HTTP 500 and post nothing. */
    public void failPosts(String channelId, int n) {
        serverErrors.put(channelId, n);
    }

    /** From now on the bot may not post in this channel (as when it lacks access): 403 Missing Access. */
    public void forbidChannel(String channelId) {
        forbidden.add(channelId);
    }

    /** Whether the request was refused because a test forbade its channel (an expected refusal, not a bot error). */
    public boolean refusedOnPurpose(Recorded r) {
        if (r.status() != 403) {
            return false;
        }
        Matcher m = Pattern.compile("/channels/(\\d+)/.*").matcher(r.path());
        return m.matches() && forbidden.contains(m.group(1));
    }

    /** Messages the bot posted in a channel or thread through REST (not interaction responses), oldest first. */
    public List<ObjectNode> channelMessages(String channelId) {
        List<ObjectNode> out = new ArrayList<>();
        for (Recorded r : recorded) {
            if (r.method().equals("POST") && r.path().equals("/channels/" + channelId + "/messages") && r.status() < 300
                    && messageByRequest.containsKey(r.atNanos())) {
                out.add(messageOf(r));
            }
        }
        return out;
    }

    /**
     * A person's message arrives in a channel or thread (MESSAGE_CREATE). With {@code mentionsBot} it mentions the
     * bot, as Discord sends it: the text is delivered, and the bot is listed in {@code mentions}.
     */
    public ObjectNode dispatchUserMessage(String channelId, String userId, String username, String content, boolean mentionsBot) {
        String id = snowflake();
        ObjectNode msg = Fixtures.load("message_create.json", Map.of("id", id, "channelId", channelId, "userId", userId,
                "username", username));
        msg.put("content", content);
        if (mentionsBot) {
            msg.withArray("mentions").add(Fixtures.load("user_me.json", Map.of()));
        }
        messages.put(id, msg);
        gateway.dispatch("MESSAGE_CREATE", msg);
        return msg.deepCopy();
    }

    /** A thread the bot created, as Discord describes it (e.g. to place an interaction inside it). */
    public ObjectNode thread(String id) {
        ObjectNode t = threads.get(id);
        if (t == null) {
            throw new AssertionError("no thread " + id);
        }
        return t.deepCopy();
    }

    /** Users added to a thread the bot created. */
    public java.util.Set<String> threadMembers(String threadId) {
        return java.util.Set.copyOf(threadMembers.getOrDefault(threadId, java.util.Set.of()));
    }

    private Response putCommands(String scope, JsonNode body) {
        if (body == null || !body.isArray()) {
            return Response.error(400, 50035, "Invalid Form Body");
        }
        ArrayNode out = Fixtures.JSON.createArrayNode();
        for (JsonNode c : body) {
            ObjectNode copy = ((ObjectNode) c).deepCopy();
            copy.put("id", snowflake());
            copy.put("application_id", APP_ID);
            copy.put("version", snowflake());
            if (!scope.equals("global")) {
                copy.put("guild_id", scope);
            }
            out.add(copy);
        }
        commands.put(scope, out);
        return Response.json(200, out);
    }

    private Response callback(String id, String token, String query, JsonNode body, long at) {
        InteractionState state = interactions.get(id);
        if (state == null || !state.token.equals(token)) {
            return Response.error(404, 10062, "Unknown interaction");
        }
        if (Duration.ofNanos(at - state.dispatchedNanos).compareTo(INTERACTION_DEADLINE) > 0) {
            return Response.error(404, 10062, "Unknown interaction");
        }
        synchronized (state) {
            if (state.responseType != -1) {
                return Response.error(400, 40060, "Interaction has already been acknowledged.");
            }
            int type = body == null ? -1 : body.path("type").asInt(-1);
            if (type < 4 || type > 10) {
                return Response.error(400, 50035, "Invalid Form Body");
            }
            state.responseType = type;
            JsonNode data = body.path("data");
            state.ephemeral = (data.path("flags").asLong(0) & 64) != 0;
            ObjectNode stored = null;
            if (type == 4) {
                stored = storeMessage(state.channelId, data, false);
                state.originalMessageId = stored.path("id").asText();
            }
            boolean withResponse = query != null && query.contains("with_response=true");
            if (!withResponse) {
                return new Response(204, null, stored);
            }
            ObjectNode resp = Fixtures.JSON.createObjectNode();
            resp.putObject("interaction").put("id", id).put("type", 2)
                    .put("response_message_loading", type == 5)
                    .put("response_message_ephemeral", state.ephemeral);
            ObjectNode resource = resp.putObject("resource");
            resource.put("type", type);
            if (stored != null) {
                resource.set("message", stored);
            }
            return new Response(200, resp, stored);
        }
    }

    private Response followUp(String token, JsonNode body) {
        InteractionState state = byToken(token);
        if (state == null) {
            return Response.error(404, 10015, "Unknown Webhook");
        }
        if (state.responseType == -1) {
            return Response.error(404, 10015, "Unknown Webhook");
        }
        ObjectNode msg = storeMessage(state.channelId, body, false);
        return new Response(200, msg, msg);
    }

    private Response editOriginal(String token, String messageId, JsonNode body) {
        InteractionState state = byToken(token);
        if (state == null || state.responseType == -1) {
            return Response.error(404, 10015, "Unknown Webhook");
        }
        ObjectNode msg = storeMessage(state.channelId, body, true);
        return new Response(200, msg, msg);
    }

    private InteractionState byToken(String token) {
        for (InteractionState s : interactions.values()) {
            if (s.token.equals(token)) {
                return s;
            }
        }
        return null;
    }

    /** Stores a message the way Discord echoes it: with an id, author, and numbered components. */
    private ObjectNode storeMessage(String channelId, JsonNode body, boolean edit) {
        String id = snowflake();
        ObjectNode msg = Fixtures.load("message.json", Map.of("id", id, "channelId", channelId));
        if (body != null) {
            if (body.has("content") && !body.path("content").isNull()) {
                msg.put("content", body.path("content").asText());
            }
            if (body.has("embeds") && body.path("embeds").isArray()) {
                ArrayNode embeds = body.path("embeds").deepCopy();
                embeds.forEach(e -> {
                    if (e instanceof ObjectNode o && !o.has("type")) {
                        o.put("type", "rich");
                    }
                });
                msg.set("embeds", embeds);
            }
            if (body.has("components") && body.path("components").isArray()) {
                ArrayNode comps = body.path("components").deepCopy();
                int[] n = {0};
                comps.forEach(row -> number(row, n));
                msg.set("components", comps);
            }
            msg.put("flags", body.path("flags").asLong(0));
        }
        messages.put(id, msg);
        return msg;
    }

    private static void number(JsonNode component, int[] n) {
        if (component instanceof ObjectNode o) {
            o.put("id", ++n[0]);
            component.path("components").forEach(c -> number(c, n));
        }
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            gateway.stop(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
