package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Signed requests over loopback HTTP into the real Bolt app: only correctly signed, fresh requests are handled. */
class HttpModeSigningTest {
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = HttpBot.withoutDaily();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    @DisplayName("GET /healthz answers 200 without a signature; other paths stay 404 and only POST reaches Bolt")
    void givenHealthProbe_answersOk() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(java.net.http.HttpRequest.newBuilder(bot.uri("/healthz")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = http.send(java.net.http.HttpRequest.newBuilder(bot.uri("/metrics-nope")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        assertThat(other.statusCode()).isEqualTo(404);
        HttpResponse<String> metrics = http.send(java.net.http.HttpRequest.newBuilder(bot.uri("/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE loopcoach_commands_handled_total counter").contains("loopcoach_storage_up 1");
    }

    @Test
    @DisplayName("a correctly signed slash command is acknowledged and handled")
    void givenValidSignature_commandIsHandled() throws Exception {
        // GIVEN a signed /coach help from a channel
        // WHEN it is posted to /slack/events
        HttpResponse<String> r = bot.requests.slashCommand("/coach", "help", "U0SIGN1", "C0PREP", "sig-ok");

        // THEN Slack gets 200 and the help text follows through the response_url
        assertThat(r.statusCode()).isEqualTo(200);
        FakeSlack.Call help = bot.fake.await(c -> c.path().endsWith("/sig-ok"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(help.body()).contains("\"response_type\":\"ephemeral\"").contains("mockinterview");
    }

    @Test
    @DisplayName("a request signed with another secret gets 401 and runs nothing")
    void givenWrongSecret_401() throws Exception {
        String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN2", "C0PREP", "sig-bad");
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> r = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", now,
                SlackRequests.sign("some-other-secret", now, body), Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
        bot.fake.assertNoMore(c -> c.path().endsWith("/sig-bad"), 0, Duration.ofMillis(300));
    }

    @Test
    @DisplayName("a body changed after signing gets 401")
    void givenTamperedBody_401() throws Exception {
        String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN3", "C0PREP", "sig-tamper");
        long now = Instant.now().getEpochSecond();
        String signature = SlackRequests.sign(HttpBot.SECRET, now, body);

        HttpResponse<String> r = bot.requests.sendSigned(body.replace("help", "progress"), "application/x-www-form-urlencoded",
                now, signature, Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a correctly signed request with a timestamp ten minutes old gets 401 (replay)")
    void givenStaleTimestamp_401() throws Exception {
        String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN4", "C0PREP", "sig-stale");
        long old = Instant.now().minusSeconds(600).getEpochSecond();

        HttpResponse<String> r = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", old,
                SlackRequests.sign(HttpBot.SECRET, old, body), Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
        bot.fake.assertNoMore(c -> c.path().endsWith("/sig-stale"), 0, Duration.ofMillis(300));
    }

    @Test
    @DisplayName("a request without the signature headers gets 401")
    void givenNoSignatureHeaders_401() throws Exception {
        String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN5", "C0PREP", "sig-none");

        HttpResponse<String> r = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", 0, null, Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("unsigned garbage gets 401, not a parser error")
    void givenUnsignedGarbage_401() throws Exception {
        HttpResponse<String> r = bot.requests.sendSigned("{not json", "application/json", 0, null, Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("an event with a bad signature gets 401 even when it claims to be a retry")
    void givenEventWithWrongSecret_401() throws Exception {
        String body = "{\"type\":\"event_callback\",\"event_id\":\"Ev0BAD\",\"team_id\":\"T0FAKE\","
                + "\"event\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\",\"channel\":\"D1\",\"ts\":\"1.1\"}}";
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> r = bot.requests.sendSigned(body, "application/json", now, SlackRequests.sign("nope", now, body),
                Map.of("X-Slack-Retry-Num", "1"));

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("Slack's url_verification challenge is echoed when signed")
    void givenUrlVerification_echoesChallenge() throws Exception {
        HttpResponse<String> r = bot.requests.send("{\"token\":\"t\",\"challenge\":\"chal-123\",\"type\":\"url_verification\"}",
                "application/json", Map.of());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("chal-123");
    }

    @Test
    @DisplayName("only POST on /slack/events is served")
    void givenOtherPathOrMethod_rejected() throws Exception {
        HttpResponse<String> get = bot.requests.raw(HttpRequest.newBuilder(bot.endpoint()).GET().build());
        HttpResponse<String> other = bot.requests.raw(HttpRequest.newBuilder(bot.uri("/other"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("correctly signed requests dated in the future (+10 minutes, +1 day) get 401 and run nothing")
    void givenFutureTimestamp_401() throws Exception {
        for (long ahead : new long[] {600, 86_400}) {
            String marker = "sig-future-" + ahead;
            String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN6", "C0PREP", marker);
            long future = Instant.now().getEpochSecond() + ahead;

            HttpResponse<String> r = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", future,
                    SlackRequests.sign(HttpBot.SECRET, future, body), Map.of());

            assertThat(r.statusCode()).as("+%d s", ahead).isEqualTo(401);
            bot.fake.assertNoMore(c -> c.path().endsWith("/" + marker), 0, Duration.ofMillis(300));
        }
    }

    @Test
    @DisplayName("a signed slash command sent again inside the five-minute window gets 401 and is acted on once")
    void givenReplayInsideTheWindow_401AndActedOnOnce() throws Exception {
        String body = bot.requests.slashCommandBody("/coach", "help", "U0SIGN7", "C0PREP", "sig-replay");
        long now = Instant.now().getEpochSecond();
        String signature = SlackRequests.sign(HttpBot.SECRET, now, body);

        HttpResponse<String> first = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", now, signature, Map.of());
        HttpResponse<String> again = bot.requests.sendSigned(body, "application/x-www-form-urlencoded", now, signature, Map.of());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(401);
        bot.fake.await(c -> c.path().endsWith("/sig-replay"), 1, Duration.ofSeconds(5));
        bot.fake.assertNoMore(c -> c.path().endsWith("/sig-replay"), 1, Duration.ofMillis(500));
    }

    @Test
    @DisplayName("a signed event with wrongly typed fields still gets an HTTP status")
    void givenSignedEventWithWrongTypes_getsAStatus() throws Exception {
        for (String body : new String[] {
                "{\"type\":\"event_callback\",\"event_id\":5,\"team_id\":[1],\"event\":\"not an object\"}",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"user\":{\"x\":1},\"text\":7,\"ts\":[]}}",
                "{\"type\":42}"}) {
            long now = Instant.now().getEpochSecond();
            HttpResponse<String> r = bot.requests.sendSigned(body, "application/json", now, SlackRequests.sign(HttpBot.SECRET, now, body),
                    Map.of());

            assertThat(r.statusCode()).as(body).isBetween(200, 599);
        }
    }
}
