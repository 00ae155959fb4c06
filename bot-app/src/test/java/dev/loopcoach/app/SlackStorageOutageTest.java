package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./coach slack} on PostgreSQL behind a TCP relay that is cut: an answer sent meanwhile is not acknowledged
 * (HTTP 503 within Slack's 3 seconds, so Slack sends it again), the health probe says storage is down, no stack trace
 * is logged, and once the database is back the retried answer is coached and the pool has reconnected by itself.
 */
class SlackStorageOutageTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String USER = "U0OUTAGE";

    @TempDir
    Path home;
    private String schema;

    @AfterEach
    void dropSchema() {
        PostgresForTests.drop(schema);
    }

    @Test
    void givenTheDatabaseCut_whenAnAnswerArrives_thenItIsRefusedUntilTheDatabaseIsBack_andThenCoached() throws Exception {
        String[] out = new String[1];
        String direct = PostgresForTests.freshSchemaUrl(out);
        schema = out[0];
        URI pg = URI.create(direct.substring("jdbc:".length()));
        int port;
        try (ServerSocket free = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (TcpCut relay = new TcpCut(pg.getHost(), pg.getPort()); SlackApiFake slack = new SlackApiFake()) {
            Map<String, String> env = new HashMap<>(PostgresForTests.launcherEnv(
                    direct.replace(":" + pg.getPort() + "/", ":" + relay.port() + "/"), home.resolve("data")));
            env.putAll(Map.of("COACH_SLACK_MODE", "http", "COACH_SLACK_PORT", String.valueOf(port),
                    "SLACK_SIGNING_SECRET", SlackApiFake.SECRET, "SLACK_BOT_TOKEN", "xoxb-outage-test",
                    "COACH_SLACK_API_URL", slack.url(), "COACH_LOG_LEVEL", "INFO"));
            try (LauncherProcess bot = LauncherProcess.start(home, env, "slack")) {
                bot.awaitError("running on Slack", TIMEOUT);
                SlackApiFake.signed(port, slash(), "application/x-www-form-urlencoded");
                slack.await("chat.postMessage", b -> b.contains("Question 1 of"), TIMEOUT);

                relay.cut();
                String answer = dm(LauncherProcess.story("Marker-SLACKOUT"));
                Instant sent = Instant.now();
                HttpResponse<String> refused = SlackApiFake.signed(port, answer, "application/json");
                assertThat(refused.statusCode()).as("not acknowledged while the store is down").isEqualTo(503);
                assertThat(Duration.between(sent, Instant.now())).as("answered within Slack's 3 seconds")
                        .isLessThan(Duration.ofSeconds(3));
                HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"storage\":\"down\"");

                relay.restore();
                // Slack sends an unacknowledged event again; the first try after the cut may still meet the pool's dead
                // connections (it evicts them all), the next one connects afresh
                int status = SlackApiFake.signed(port, answer, "application/json").statusCode();
                for (int attempt = 2; status != 200; attempt++) {
                    assertThat(attempt).as("retries after the database came back").isLessThanOrEqualTo(3);
                    status = SlackApiFake.signed(port, answer, "application/json").statusCode();
                }
                slack.await("chat.postMessage", b -> b.contains("Bar Raiser feedback"), TIMEOUT);
                assertThat(slack.count("chat.postMessage", b -> b.contains("Bar Raiser feedback"))).isEqualTo(1);
                assertThat(bot.stderr()).doesNotContain("\tat ").doesNotContain("Caused by");
            }
        }
    }

    private static String slash() {
        String[][] form = {{"team_id", "T0FAKE"}, {"channel_id", "D" + USER}, {"user_id", USER}, {"command", "/mockinterview"},
                {"text", "behavioral pm"}, {"api_app_id", "A0FAKE"}, {"response_url", "http://127.0.0.1:9/response"},
                {"trigger_id", "1.2.3"}};
        StringBuilder sb = new StringBuilder();
        for (String[] kv : form) {
            sb.append(sb.length() == 0 ? "" : "&").append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String dm(String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0FAKE\",\"api_app_id\":\"A0FAKE\",\"type\":\"event_callback\","
                + "\"event_id\":\"Ev0OUTAGE1\",\"event_time\":" + Instant.now().getEpochSecond() + ",\"event\":{"
                + "\"type\":\"message\",\"channel\":\"D" + USER + "\",\"channel_type\":\"im\",\"user\":\"" + USER + "\","
                + "\"ts\":\"1800000000.000100\",\"text\":\"" + text + "\"}}";
    }
}
