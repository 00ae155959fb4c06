package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.storage.DatabaseConfig;
import dev.loopcoach.storage.Storage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./coach slack} killed with SIGKILL right after it acknowledged answers: once restarted, every acknowledged
 * answer is coached exactly once and the candidate hears back in their DM. On H2 (the default) and on PostgreSQL.
 */
class SlackKillAfterAckTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> USERS = List.of("U0KILLA", "U0KILLB", "U0KILLC");

    @TempDir
    Path home;

    @Test
    void givenH2_whenKilledRightAfterTheAcks_thenEveryAnswerIsCoachedOnceAfterTheRestart() throws Exception {
        Path data = home.resolve("data");
        runKillAndRestart(Map.of("COACH_DATA_DIR", data.toString()), () -> Storage.open(DatabaseConfig.h2File(data)));
    }

    @Test
    void givenH2_whenTerminatedRightAfterTheAcks_thenEveryAnswerIsCoachedOnce() throws Exception {
        Path data = home.resolve("data");
        stopWith = Stop.SIGTERM;
        runKillAndRestart(Map.of("COACH_DATA_DIR", data.toString()), () -> Storage.open(DatabaseConfig.h2File(data)));
    }

    private enum Stop { SIGKILL, SIGTERM }

    private Stop stopWith = Stop.SIGKILL;

    @Test
    void givenPostgres_whenKilledRightAfterTheAcks_thenEveryAnswerIsCoachedOnceAfterTheRestart() throws Exception {
        String[] schema = new String[1];
        String url = PostgresForTests.freshSchemaUrl(schema);
        try {
            runKillAndRestart(PostgresForTests.launcherEnv(url, home.resolve("data")),
                    () -> Storage.open(DatabaseConfig.postgres(url, PostgresForTests.USER, PostgresForTests.PASSWORD)));
        } finally {
            PostgresForTests.drop(schema[0]);
        }
    }

    private interface StoreOpener {
        Storage open();
    }

    private void runKillAndRestart(Map<String, String> storeEnv, StoreOpener store) throws Exception {
        try (SlackApiFake slack = new SlackApiFake()) {
            int port = freePort();
            Map<String, String> env = new HashMap<>(storeEnv);
            env.putAll(Map.of("COACH_SLACK_MODE", "http", "COACH_SLACK_PORT", String.valueOf(port),
                    "SLACK_SIGNING_SECRET", SlackApiFake.SECRET, "SLACK_BOT_TOKEN", "xoxb-kill-test",
                    "COACH_SLACK_API_URL", slack.url()));

            Map<String, String> answers = new HashMap<>();
            try (LauncherProcess first = LauncherProcess.start(home, env, "slack")) {
                first.awaitError("running on Slack", TIMEOUT);
                for (String user : USERS) {
                    assertThat(SlackApiFake.signed(port, slash(user), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
                    slack.await("chat.postMessage", b -> to(b, user) && b.contains("Question 1 of"), TIMEOUT);
                }
                int n = 0;
                for (String user : USERS) {
                    String text = "In 2024 I owned the seller returns flow at my company (" + user + "). Refunds took nine "
                            + "days, so my task was to cut that before peak. I mapped every step, removed two manual "
                            + "approvals and shipped the change in three weeks. Refunds now take four days.";
                    answers.put(user, text);
                    assertThat(SlackApiFake.signed(port, dm(user, text, "Ev0KILL" + (++n)), "application/json").statusCode())
                            .as("acknowledged").isEqualTo(200);
                }
                if (stopWith == Stop.SIGKILL) {
                    first.kill(); // at once: no shutdown hook, no drain
                } else {
                    assertThat(first.terminate(TIMEOUT)).as("a graceful stop exits by itself").isNotNegative();
                }
            }

            try (LauncherProcess second = LauncherProcess.start(home, env, "slack")) {
                second.awaitError("running on Slack", TIMEOUT);
                for (String user : USERS) {
                    // Feedback either in the DM the answer came from (the first process got that far) or, from the
                    // restarted process, addressed to the user: each answer is heard back from
                    slack.await("chat.postMessage", b -> to(b, user) && (b.contains("Bar Raiser feedback") || b.contains("already taken your answer")), TIMEOUT);
                }
                second.kill();
            }
            try (Storage storage = store.open()) {
                for (String user : USERS) {
                    long turns = storage.sessions().recent(new UserKey("slack", "T0FAKE:" + user), 1).get(0).session()
                            .transcript().stream().filter(t -> t.answer().equals(answers.get(user))).count();
                    assertThat(turns).as("the answer of %s is in the transcript exactly once", user).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void givenH2_whenKilledRightAfterAcknowledgingSlashCommands_thenEachInterviewStartsOnceAfterTheRestart() throws Exception {
        Path data = home.resolve("data");
        try (SlackApiFake slack = new SlackApiFake()) {
            int port = freePort();
            Map<String, String> env = Map.of("COACH_DATA_DIR", data.toString(), "COACH_SLACK_MODE", "http",
                    "COACH_SLACK_PORT", String.valueOf(port), "SLACK_SIGNING_SECRET", SlackApiFake.SECRET,
                    "SLACK_BOT_TOKEN", "xoxb-kill-test", "COACH_SLACK_API_URL", slack.url());
            try (LauncherProcess first = LauncherProcess.start(home, env, "slack")) {
                first.awaitError("running on Slack", TIMEOUT);
                for (String user : USERS) {
                    assertThat(SlackApiFake.signed(port, slash(user), "application/x-www-form-urlencoded").statusCode())
                            .as("acknowledged").isEqualTo(200);
                }
                first.kill(); // at once, without waiting for any question to be posted
            }
            try (LauncherProcess second = LauncherProcess.start(home, env, "slack")) {
                second.awaitError("running on Slack", TIMEOUT);
                for (String user : USERS) {
                    slack.await("chat.postMessage", b -> to(b, user)
                            && (b.contains("Question 1 of") || b.contains("already done what you asked")), TIMEOUT);
                }
                second.kill();
            }
            try (Storage storage = Storage.open(DatabaseConfig.h2File(data))) {
                for (String user : USERS) {
                    assertThat(storage.sessions().recent(new UserKey("slack", "T0FAKE:" + user), 5))
                            .as("the acknowledged /mockinterview of %s started exactly one interview", user).hasSize(1);
                }
            }
        }
    }

    /** A post into the user's DM: by its conversation id or by the user id, which Slack resolves to it. */
    private static boolean to(String body, String user) {
        return body.startsWith("channel=" + user + "&") || body.startsWith("channel=D" + user + "&");
    }

    private static String slash(String user) {
        return SlackApiFake.slashForm(user, "/mockinterview", "behavioral pm");
    }

    private static String dm(String user, String text, String eventId) {
        return "{\"token\":\"x\",\"team_id\":\"T0FAKE\",\"api_app_id\":\"A0FAKE\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":" + Instant.now().getEpochSecond() + ",\"event\":{"
                + "\"type\":\"message\",\"channel\":\"D" + user + "\",\"channel_type\":\"im\",\"user\":\"" + user + "\","
                + "\"ts\":\"1800000000.00" + eventId.length() + "\",\"text\":\"" + text + "\"}}";
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
