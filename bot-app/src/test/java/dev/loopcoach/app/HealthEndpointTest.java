package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.discord.fake.FakeDiscord;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /readyz: 200 while every check passes, 503 naming the failing one; /healthz stays 200; on the real {@code ./coach discord} too. */
class HealthEndpointTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    private static HttpResponse<String> get(int port) throws Exception {
        return get(port, "/readyz");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenAFailingCheck_thenTheEndpointAnswers503AndNamesIt() throws Exception {
        AtomicBoolean storage = new AtomicBoolean(true);
        try (HealthServer health = HealthServer.start("127.0.0.1", 0, Map.of("storage", storage::get))) {
            HttpResponse<String> up = get(health.port());
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"storage\":\"up\"").contains("\"status\":\"ok\"");

            storage.set(false);
            HttpResponse<String> down = get(health.port());
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"storage\":\"down\"").contains("\"status\":\"degraded\"");
            HttpResponse<String> alive = get(health.port(), "/healthz");
            assertThat(alive.statusCode()).as("liveness: a restart would not bring the database back").isEqualTo(200);
            assertThat(alive.body()).contains("\"storage\":\"down\"");
        }
    }

    @Test
    void givenTheDiscordBotWithAHealthPort_thenItAnswersOkOnceConnected() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (FakeDiscord fake = FakeDiscord.start();
             LauncherProcess bot = LauncherProcess.start(home, Map.of("DISCORD_TOKEN", "fake-token",
                     "COACH_DISCORD_API_URL", fake.restBaseUrl(), "COACH_DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                     "COACH_DATA_DIR", home.resolve("data").toString(), "COACH_HEALTH_PORT", String.valueOf(port),
                     "COACH_HEALTH_HOST", "127.0.0.1"), "discord")) {
            bot.awaitError("running on Discord", Duration.ofSeconds(60));
            // the bot registers its commands on the gateway's READY: from then on its shard is connected
            fake.await(q -> q.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/commands"), Duration.ofSeconds(30));
            HttpResponse<String> r = get(port);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"discord\":\"up\"").contains("\"storage\":\"up\"");
            // one command, so its latency lands in the histogram
            dev.loopcoach.discord.fake.Interactions make = new dev.loopcoach.discord.fake.Interactions(fake);
            FakeDiscord.Dispatched d = fake.dispatchInteraction(make.slash(
                    dev.loopcoach.discord.fake.Interactions.Person.member("1500000000000000001", "alex"),
                    dev.loopcoach.discord.fake.Interactions.Where.GUILD, "mockinterview",
                    dev.loopcoach.discord.fake.Interactions.string("type", "behavioral")));
            fake.awaitFollowUps(d, 1, Duration.ofSeconds(30));
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("loopcoach_discord_up 1").contains("loopcoach_storage_up 1")
                    .contains("# TYPE loopcoach_daily_posts_total counter")
                    .containsPattern("loopcoach_command_seconds_bucket\\{[^}]*platform=\"discord\"[^}]*} [1-9]")
                    .containsPattern("loopcoach_command_seconds_count\\{platform=\"discord\"} [1-9]")
                    .contains("loopcoach_work_queue_depth{platform=\"discord\"}")
                    .contains("loopcoach_db_pool_idle_connections")
                    .contains("loopcoach_platform_errors_total")
                    .contains("jvm_memory_used_bytes");
        }
    }
}
