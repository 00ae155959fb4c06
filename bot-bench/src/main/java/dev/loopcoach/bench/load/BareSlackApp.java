package dev.loopcoach.bench.load;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: a bare Bolt app built like ours (same Bolt and SDK, same JDK HTTP server with 8 threads and backlog 128
 * and no Nagle delay, Bolt's own request parser and signature check with the same signing secret) whose
 * {@code /mockinterview} acks at once and posts one chat.postMessage to the user from Bolt's executor. Runs in a JVM of
 * its own, started by {@link SlackAckLoad}:
 * {@code BareSlackApp <port> <web api url>} with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET in the environment.
 */
public final class BareSlackApp {
    static final String PATH = "/slack/events";
    static final String ACK_TEXT = "On it: look for me in your direct messages (Apps \u2192 Loop Coach).";

    private BareSlackApp() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(args[1]);
        config.setStatsEnabled(false);
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(config))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .build());
        app.command("/mockinterview", (req, ctx) -> {
            String user = req.getPayload().getUserId();
            app.executorService().submit(() -> {
                try {
                    ctx.client().chatPostMessage(r -> r.channel(user).text("Question 1 of 3: tell me about a time you ..."));
                } catch (Exception e) {
                    System.err.println("post failed: " + e);
                }
            });
            return ctx.ack(ACK_TEXT);
        });

        SlackRequestParser parser = new SlackRequestParser(app.config());
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bare-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", ex -> serve(ex, app, parser));
        app.start();
        server.start();
        System.err.println("bare Bolt app listening on 127.0.0.1:" + port + PATH);
        new CountDownLatch(1).await();
    }

    private static void serve(HttpExchange ex, App app, SlackRequestParser parser) throws IOException {
        try (ex) {
            try {
                if (!PATH.equals(ex.getRequestURI().getPath()) || !"POST".equals(ex.getRequestMethod())) {
                    write(ex, 404, "application/json", "{\"error\":\"not found\"}");
                    return;
                }
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Request<?> req = parser.parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri(ex.getRequestURI().getPath())
                        .queryString(QueryStringParser.toMap(ex.getRequestURI().getRawQuery()))
                        .headers(new RequestHeaders(new HashMap<>(ex.getRequestHeaders())))
                        .requestBody(body)
                        .remoteAddress(ex.getRemoteAddress().getAddress().getHostAddress())
                        .build());
                Response r = app.run(req);
                write(ex, r.getStatusCode() == null ? 200 : r.getStatusCode(), r.getContentType(), r.getBody());
            } catch (Exception e) {
                write(ex, 500, "application/json", "{\"error\":\"internal error\"}");
            }
        }
    }

    private static void write(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] out = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
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
}
