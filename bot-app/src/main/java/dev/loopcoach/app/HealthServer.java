package dev.loopcoach.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * Health for processes without an HTTP server of their own (the Discord bot): {@code GET /healthz} is liveness (200
 * while the process answers, the checks named in the body), {@code GET /readyz} readiness (200 when every check
 * passes, 503 naming the failing ones), {@code GET /metrics} the counters in Prometheus text format. Started only when {@code COACH_HEALTH_PORT} is set; the Slack bot in HTTP
 * mode answers the same path on its own port.
 */
final class HealthServer implements AutoCloseable {
    static final String ENV_PORT = "COACH_HEALTH_PORT";
    static final String ENV_HOST = "COACH_HEALTH_HOST";

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** @param checks named checks, e.g. "storage" and "discord", reported as up or down */
    static HealthServer start(String host, int port, Map<String, BooleanSupplier> checks) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "health");
            t.setDaemon(true);
            return t;
        }));
        Map<String, BooleanSupplier> ordered = new LinkedHashMap<>(checks);
        // liveness: the process answers (200), whatever its dependencies say; a restart would not bring a database back
        server.createContext("/healthz", ex -> answer(ex, ordered, false));
        // readiness: every dependency is up (200), or 503 naming the ones that are down
        server.createContext("/readyz", ex -> answer(ex, ordered, true));
        server.createContext("/metrics", ex -> {
            try (ex) {
                byte[] body = dev.loopcoach.core.metrics.Metrics.prometheus(ordered).getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return new HealthServer(server);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, Map<String, BooleanSupplier> checks, boolean strict)
            throws IOException {
        try (ex) {
            StringBuilder json = new StringBuilder("{");
            boolean all = true;
            for (Map.Entry<String, BooleanSupplier> c : checks.entrySet()) {
                boolean up = c.getValue().getAsBoolean();
                all &= up;
                json.append('"').append(c.getKey()).append("\":\"").append(up ? "up" : "down").append("\",");
            }
            json.append("\"status\":\"").append(all ? "ok" : "degraded").append("\"}");
            byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            int status = !"GET".equalsIgnoreCase(ex.getRequestMethod()) ? 405 : all || !strict ? 200 : 503;
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
