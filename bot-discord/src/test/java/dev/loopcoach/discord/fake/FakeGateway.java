package dev.loopcoach.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side of the fake Discord, speaking gateway v10 in plain JSON text frames:
 * HELLO on connect; IDENTIFY gives READY (guilds unavailable first) then GUILD_CREATE per guild;
 * heartbeats are acknowledged; RESUME with the current session replays the missed dispatches and then
 * sends RESUMED; a RESUME for an unknown session gets INVALID_SESSION. Dispatches sent while no client is
 * connected are kept for the resume, as Discord does.
 */
final class FakeGateway extends WebSocketServer {
    private static final int HEARTBEAT_INTERVAL = 41_250;

    private final Supplier<String> urlSupplier;
    private final List<ObjectNode> guilds;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> history = new ArrayList<>();
    private volatile WebSocket client;
    private volatile int shardId;
    private volatile int shardCount = 1;
    private String sessionId;
    private int seq;

    FakeGateway(Supplier<String> urlSupplier, List<ObjectNode> guilds) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.urlSupplier = urlSupplier;
        this.guilds = guilds;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every frame the bot sent (IDENTIFY, RESUME, heartbeats), parsed. */
    List<JsonNode> received() {
        return received;
    }

    /** Sends a dispatch now, or keeps it for the resume when the bot is disconnected. */
    synchronized void dispatch(String type, JsonNode data) {
        ObjectNode frame = frame(0, data);
        frame.put("t", type);
        frame.put("s", ++seq);
        history.add(frame);
        WebSocket c = client;
        if (c != null && c.isOpen()) {
            c.send(frame.toString());
        }
    }

    /** Drops the connection as a network failure or a Discord restart would (close code 4000, resumable). */
    void drop() {
        WebSocket c = client;
        client = null;
        if (c != null) {
            c.close(4000, "fake gateway: connection dropped");
        }
    }

    /** Whether the connected shard is the one Discord sends this guild's events to: {@code (guild_id >> 22) % shard_count}. */
    boolean servesGuild(String guildId) {
        return Long.remainderUnsigned(Long.parseUnsignedLong(guildId) >>> 22, shardCount) == shardId;
    }

    /** The sequence number of the last dispatch sent (or kept for the resume). */
    synchronized int sequence() {
        return seq;
    }

    boolean connected() {
        WebSocket c = client;
        return c != null && c.isOpen();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send(frame(10, Fixtures.JSON.createObjectNode().put("heartbeat_interval", HEARTBEAT_INTERVAL)).toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode node;
        try {
            node = Fixtures.JSON.readTree(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        received.add(node);
        switch (node.path("op").asInt(-1)) {
            case 1:
                conn.send(frame(11, null).toString());
                break;
            case 2:
                identify(conn, node.path("d"));
                break;
            case 6:
                resume(conn, node.path("d"));
                break;
            default:
                break;
        }
    }

    private synchronized void identify(WebSocket conn, JsonNode d) {
        client = conn;
        sessionId = UUID.randomUUID().toString().replace("-", "");
        seq = 0;
        history.clear();
        ObjectNode ready = Fixtures.load("ready.json", Map.of("session", sessionId, "gateway", urlSupplier.get()));
        ArrayNode unavailable = ready.putArray("guilds");
        for (ObjectNode g : guilds) {
            unavailable.addObject().put("id", g.path("id").asText()).put("unavailable", true);
        }
        JsonNode shard = d.path("shard");
        if (shard.isArray()) {
            ready.set("shard", shard);
            shardId = shard.path(0).asInt(0);
            shardCount = Math.max(1, shard.path(1).asInt(1));
        }
        dispatch("READY", ready);
        for (ObjectNode g : guilds) {
            dispatch("GUILD_CREATE", g.deepCopy());
        }
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        if (sessionId == null || !sessionId.equals(d.path("session_id").asText())) {
            conn.send(frame(9, Fixtures.JSON.getNodeFactory().booleanNode(false)).toString());
            return;
        }
        client = conn;
        long last = d.path("seq").asLong(0);
        for (ObjectNode missed : history) {
            if (missed.path("s").asLong() > last) {
                conn.send(missed.toString());
            }
        }
        dispatch("RESUMED", Fixtures.JSON.createObjectNode());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == client) {
            client = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a dropped client is expected in the resume scenario; everything else shows up as a failing test
    }

    private static ObjectNode frame(int op, JsonNode d) {
        ObjectNode f = Fixtures.JSON.createObjectNode();
        f.put("op", op);
        f.set("d", d);
        f.putNull("s");
        f.putNull("t");
        return f;
    }
}
