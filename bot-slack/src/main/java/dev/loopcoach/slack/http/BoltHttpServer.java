package dev.loopcoach.slack.http;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own server: every POST to the events path (slash commands, interactivity
 * and the Events API share it) is parsed by Bolt's {@link SlackRequestParser} and run through
 * {@link App#run}. {@link SignedRequestGuard} checks the signature, the timestamp (both directions) and replays
 * first (401 otherwise); Bolt's middleware checks again. The raw body is passed on byte for byte, as it is what
 * Slack signed.
 */
public final class BoltHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoltHttpServer.class);
    /** Slack's payloads are small; anything bigger is not from Slack. */
    static final int MAX_BODY_BYTES = 1 << 20;

    static {
        // Small JSON acks otherwise wait for the peer's delayed TCP ACK (about 40 ms per request).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final App app;
    private final String path;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier verifier;
    private final SignedRequestGuard guard;
    private final HttpServer server;
    private final ExecutorService pool;

    public BoltHttpServer(App app, String signingSecret, String host, int port, String path) throws IOException {
        this.app = app;
        this.path = path;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
        this.guard = new SignedRequestGuard(signingSecret, java.time.Clock.systemUTC());
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Starts Bolt (which checks the bot token with auth.test) and then accepts requests. */
    public BoltHttpServer start() {
        app.start();
        server.start();
        LOG.info("Slack HTTP mode listening on {}:{}{}", server.getAddress().getHostString(), port(), path);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        // the catch sits inside the try-with-resources: a resource is closed before its own catch runs, and a 500
        // written to a closed exchange never reaches Slack
        try (ex) {
            try {
                serve(ex);
            } catch (dev.loopcoach.slack.event.NotAcknowledged e) {
                LOG.warn("Slack request on {} not acknowledged: {}; Slack will send it again", path, e.getMessage());
                write(ex, 503, "application/json", "{\"error\":\"temporarily unavailable\"}", Map.of("Retry-After", List.of("5")));
            } catch (Exception | Error e) {
                // every request gets a status, whatever failed inside (a wrongly typed field, a bug, an out-of-memory)
                LOG.error("Slack request on {} failed: {}", path, e.toString());
                try {
                    write(ex, 500, "application/json", "{\"error\":\"internal error\"}", Map.of());
                } catch (IOException | RuntimeException ignored) {
                    // the response was already (partly) sent
                }
            }
        }
    }

    /** The path a load balancer or orchestrator probes; unsigned, it tells only whether this process can serve. */
    public static final String HEALTH_PATH = "/healthz";
    /** Readiness: 503 while the store does not answer (liveness, {@link #HEALTH_PATH}, stays 200). */
    public static final String READY_PATH = "/readyz";
    /** The counters in Prometheus text format, for a scraper on the same private network. */
    public static final String METRICS_PATH = "/metrics";
    private volatile java.util.function.BooleanSupplier storageUp = () -> true;

    /** What {@link #HEALTH_PATH} checks besides the server itself answering: that the store answers. */
    public BoltHttpServer health(java.util.function.BooleanSupplier storageUp) {
        this.storageUp = storageUp;
        return this;
    }

    private void serve(HttpExchange ex) throws Exception {
        String requested = ex.getRequestURI().getPath();
        if ((HEALTH_PATH.equals(requested) || READY_PATH.equals(requested)) && "GET".equalsIgnoreCase(ex.getRequestMethod())) {
            boolean up = storageUp.getAsBoolean();
            write(ex, up || HEALTH_PATH.equals(requested) ? 200 : 503, "application/json", up
                    ? "{\"status\":\"ok\",\"storage\":\"up\"}" : "{\"status\":\"degraded\",\"storage\":\"down\"}", Map.of());
            return;
        }
        if (METRICS_PATH.equals(ex.getRequestURI().getPath()) && "GET".equalsIgnoreCase(ex.getRequestMethod())) {
            write(ex, 200, "text/plain; version=0.0.4; charset=utf-8",
                    dev.loopcoach.core.metrics.Metrics.prometheus(Map.of("storage", storageUp)), Map.of());
            return;
        }
        if (!path.equals(ex.getRequestURI().getPath())) {
            write(ex, 404, "application/json", "{\"error\":\"not found\"}", Map.of());
            return;
        }
        if (!"POST".equalsIgnoreCase(ex.getRequestMethod())) {
            write(ex, 405, "application/json", "{\"error\":\"method not allowed\"}", Map.of("Allow", List.of("POST")));
            return;
        }
        byte[] raw = readLimited(ex.getRequestBody());
        if (raw == null) {
            write(ex, 413, "application/json", "{\"error\":\"payload too large\"}", Map.of());
            return;
        }
        SignedRequestGuard.Verdict verdict = guard.check(
                ex.getRequestHeaders().getFirst(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                ex.getRequestHeaders().getFirst(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), raw,
                ex.getRequestHeaders().containsKey("X-Slack-Retry-Num"));
        if (verdict != SignedRequestGuard.Verdict.OK) {
            LOG.debug("Refused a Slack request: {}", verdict);
            write(ex, 401, "application/json", "{\"error\":\"invalid request\"}", Map.of());
            return;
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        RequestHeaders headers = new RequestHeaders(new HashMap<>(ex.getRequestHeaders()));
        Request<?> req = parse(ex, body, headers);
        if (req == null) {
            boolean signed = verifier.isValid(
                    headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
                    headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE));
            write(ex, signed ? 400 : 401, "application/json",
                    signed ? "{\"error\":\"unsupported request\"}" : "{\"error\":\"invalid request\"}", Map.of());
            return;
        }
        Response r = app.run(req);
        write(ex, r.getStatusCode() == null ? 200 : r.getStatusCode(), r.getContentType(),
                r.getBody(), r.getHeaders() == null ? Map.of() : r.getHeaders());
    }

    private Request<?> parse(HttpExchange ex, String body, RequestHeaders headers) {
        try {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ex.getRequestURI().getPath())
                    .queryString(QueryStringParser.toMap(ex.getRequestURI().getRawQuery()))
                    .headers(headers)
                    .requestBody(body)
                    .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress())
                    .build());
        } catch (RuntimeException e) {
            LOG.debug("Unparseable Slack request: {}", e.toString());
            return null;
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    private static void write(HttpExchange ex, int status, String contentType, String body,
                              Map<String, List<String>> headers) throws IOException {
        byte[] out = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length")) {
                ex.getResponseHeaders().put(k, v);
            }
        });
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
        app.stop();
    }
}
