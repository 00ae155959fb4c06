package dev.loopcoach.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode side on 127.0.0.1: greets each connection with {@code hello}, pushes envelopes and
 * records the acks the app sends back.
 */
final class FakeSocketMode extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket client;

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    static FakeSocketMode startNew() throws InterruptedException {
        FakeSocketMode s = new FakeSocketMode();
        s.setDaemon(true);
        s.start();
        if (!s.started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake socket mode server did not start");
        }
        return s;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake-ticket&app_id=A0FAKE";
    }

    void awaitConnection(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the app did not connect over Socket Mode");
        }
    }

    void push(JsonObject envelope) {
        client.send(envelope.toString());
    }

    /** Waits for the app's ack of an envelope. */
    JsonObject awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (JsonObject o : received) {
                if (o.has("envelope_id") && o.get("envelope_id").getAsString().equals(envelopeId)) {
                    return o;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no ack for " + envelopeId + "; received " + received);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        client = conn;
        JsonObject hello = new JsonObject();
        hello.addProperty("type", "hello");
        hello.addProperty("num_connections", 1);
        JsonObject info = new JsonObject();
        info.addProperty("app_id", "A0FAKE");
        hello.add("connection_info", info);
        JsonObject debug = new JsonObject();
        debug.addProperty("host", "fake");
        hello.add("debug_info", debug);
        conn.send(hello.toString());
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(JsonParser.parseString(message).getAsJsonObject());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // the app reconnects on its own if it wants to
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // surfaced through missing acks in the test
    }
}
