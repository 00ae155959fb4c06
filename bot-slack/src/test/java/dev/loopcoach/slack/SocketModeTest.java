package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same app over Socket Mode: apps.connections.open, a ws:// link, hello, envelopes in, acks out. */
class SocketModeTest {

    @Test
    @DisplayName("a slash command and a retried event arrive as envelopes; each is acked and the event answered once")
    void givenSocketMode_envelopesAreAckedAndHandled() throws Exception {
        try (FakeSlack fake = new FakeSlack()) {
            FakeSocketMode socket = FakeSocketMode.startNew();
            fake.socketModeUrl(socket.url());
            SlackSettings settings = new SlackSettings(SlackSettings.Mode.SOCKET, "xoxb-socket-test", Optional.of("xapp-1-socket-test"),
                    Optional.empty(), null, 0, Optional.of(fake.apiUrl()), Set.of());
            try (SlackBot bot = SlackBot.builder(settings, TestCoach.create()).start()) {
                // GIVEN the app opened its connection with the app-level token
                socket.awaitConnection(Duration.ofSeconds(5));
                assertThat(fake.calls("apps.connections.open")).isNotEmpty().allSatisfy(c ->
                        assertThat(c.headers().get("authorization")).isEqualTo("Bearer xapp-1-socket-test"));
                assertThat(bot.httpPort()).isEmpty();

                // WHEN Slack pushes /mockinterview as an envelope
                JsonObject payload = new JsonObject();
                payload.addProperty("token", "legacy");
                payload.addProperty("team_id", FakeSlack.TEAM);
                payload.addProperty("channel_id", "C0SOCK");
                payload.addProperty("user_id", "U0SOCK1");
                payload.addProperty("command", "/mockinterview");
                payload.addProperty("text", "metrics");
                payload.addProperty("api_app_id", "A0FAKE");
                payload.addProperty("response_url", fake.responseUrl("sock-1"));
                payload.addProperty("trigger_id", "1.2.sock");
                socket.push(envelope("env-1", "slash_commands", payload, null));

                // THEN it is acked over the socket and the question reaches the user's direct message
                JsonObject ack = socket.awaitAck("env-1", Duration.ofSeconds(5));
                assertThat(ack.toString()).contains("direct messages");
                fake.await(MockInterviewFlowTest.post("U0SOCK1"), 1, Duration.ofSeconds(5));

                // WHEN a typed answer in the DM is delivered twice (retry_attempt 1 on the second)
                JsonObject event = new JsonObject();
                event.addProperty("type", "event_callback");
                event.addProperty("team_id", FakeSlack.TEAM);
                event.addProperty("api_app_id", "A0FAKE");
                event.addProperty("event_id", "Ev0SOCK1");
                event.addProperty("event_time", 1_700_000_000);
                event.add("event", SlackRequests.messageEvent("U0SOCK1", "D0SOCK1", "im",
                        "I set the north-star metric to weekly active buyers and cut the vanity ones.", "1700000500.000100", null));
                socket.push(envelope("env-2", "events_api", event, null));
                socket.push(envelope("env-3", "events_api", event, 1));

                // THEN both envelopes are acked and the feedback is posted once
                socket.awaitAck("env-2", Duration.ofSeconds(5));
                socket.awaitAck("env-3", Duration.ofSeconds(5));
                fake.await(MockInterviewFlowTest.post("D0SOCK1"), 1, Duration.ofSeconds(5));
                fake.assertNoMore(MockInterviewFlowTest.post("D0SOCK1"), 1, Duration.ofMillis(400));
            } finally {
                socket.stop(500);
            }
        }
    }

    private static JsonObject envelope(String id, String type, JsonObject payload, Integer retryAttempt) {
        JsonObject e = new JsonObject();
        e.addProperty("envelope_id", id);
        e.addProperty("type", type);
        e.addProperty("accepts_response_payload", type.equals("slash_commands"));
        e.add("payload", payload);
        if (retryAttempt != null) {
            e.addProperty("retry_attempt", retryAttempt);
            e.addProperty("retry_reason", "timeout");
        }
        return e;
    }
}
