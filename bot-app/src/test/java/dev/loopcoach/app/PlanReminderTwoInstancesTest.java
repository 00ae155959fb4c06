package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ./coach slack} instances on one PostgreSQL database, both sending prep-plan reminders: a person who asked
 * for one at this minute gets exactly one direct message with today's step.
 */
class PlanReminderTwoInstancesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(100);
    private static final String USER = "U0REMIND";

    @TempDir
    Path home;

    @Test
    void givenTwoInstances_whenAReminderComesDue_thenThePersonGetsExactlyOneDirectMessage() throws Exception {
        String[] schema = new String[1];
        String url = PostgresForTests.freshSchemaUrl(schema);
        try (SlackApiFake slack = new SlackApiFake()) {
            int portA = freePort();
            int portB = freePort();
            Map<String, String> base = new HashMap<>(PostgresForTests.launcherEnv(url, home.resolve("data")));
            base.putAll(Map.of("COACH_SLACK_MODE", "http", "SLACK_SIGNING_SECRET", SlackApiFake.SECRET,
                    "SLACK_BOT_TOKEN", "xoxb-remind-test", "COACH_SLACK_API_URL", slack.url(),
                    PlanReminderLoop.ENV_POLL, "2"));
            Map<String, String> envA = new HashMap<>(base);
            envA.put("COACH_SLACK_PORT", String.valueOf(portA));
            Map<String, String> envB = new HashMap<>(base);
            envB.put("COACH_SLACK_PORT", String.valueOf(portB));
            java.nio.file.Files.createDirectories(home.resolve("a"));
            java.nio.file.Files.createDirectories(home.resolve("b"));
            try (LauncherProcess a = LauncherProcess.start(home.resolve("a"), envA, "slack");
                 LauncherProcess b = LauncherProcess.start(home.resolve("b"), envB, "slack")) {
                a.awaitError("running on Slack", TIMEOUT);
                b.awaitError("running on Slack", TIMEOUT);
                // the person has no time zone on their profile, so the plan runs on UTC: due from this very minute
                LocalTime now = LocalTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
                String date = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
                assertThat(SlackApiFake.signed(portA, slash("plan " + date + " senior remind " + now),
                        "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
                slack.await("chat.postMessage", b2 -> b2.contains("Daily reminder: " + now), TIMEOUT);

                slack.await("chat.postMessage", body -> toUser(body) && body.contains("Your prep plan for today"), TIMEOUT);
                // a second DM could only show up later, so its absence is watched over time: 6 s is three more passes of
                // each instance (they poll every 2 s here), and the count must still be one
                Thread.sleep(6_000);
                assertThat(slack.count("chat.postMessage", body -> toUser(body) && body.contains("Your prep plan for today")))
                        .isEqualTo(1);
                assertThat(slack.count("chat.postMessage", body -> toUser(body) && body.contains("Sorry for the delay")))
                        .as("the plan command's reply reached Slack, so its letter was closed and never replayed").isZero();
                a.kill();
                b.kill();
            }
        } finally {
            PostgresForTests.drop(schema[0]);
        }
    }

    private static boolean toUser(String body) {
        return body.startsWith("channel=" + USER + "&") || body.startsWith("channel=D" + USER + "&");
    }

    private static String slash(String text) {
        return SlackApiFake.slashForm(USER, "/coach", text);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
