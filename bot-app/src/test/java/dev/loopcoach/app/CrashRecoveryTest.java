package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real launcher with SIGKILL in the middle of an interview, right after an answer was acknowledged,
 * restarts it and checks that the interview resumes with every earlier answer kept. On H2 and on PostgreSQL.
 */
class CrashRecoveryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String FIRST_ANSWER = LauncherProcess.story("Marker-7QX");

    @TempDir
    Path home;
    private String schema;

    @AfterEach
    void dropSchema() {
        PostgresForTests.drop(schema);
    }

    @Test
    @DisplayName("H2: an interview killed after an acknowledged answer resumes with that answer kept")
    void resumesOnH2() throws Exception {
        crashAndResume(Map.of("COACH_DATA_DIR", home.resolve("data").toString()));
    }

    @Test
    @DisplayName("PostgreSQL: an interview killed after an acknowledged answer resumes with that answer kept")
    void resumesOnPostgres() throws Exception {
        String[] out = new String[1];
        String url = PostgresForTests.freshSchemaUrl(out);
        schema = out[0];
        crashAndResume(PostgresForTests.launcherEnv(url, home.resolve("data")));
    }

    private void crashAndResume(Map<String, String> env) throws Exception {
        try (LauncherProcess first = LauncherProcess.start(home, env, "--seed", "3", "--user", "crash")) {
            first.send("/mockinterview behavioral\n");
            first.awaitOutput("Question 1 of 3", TIMEOUT);
            first.send(FIRST_ANSWER + "\n\n");
            // The feedback and the follow-up are printed only after the answer was stored.
            first.awaitOutput("Follow-up", TIMEOUT);
            first.kill();
        }
        try (LauncherProcess second = LauncherProcess.start(home, env, "--seed", "3", "--user", "crash")) {
            second.awaitOutput("You have an unfinished interview", TIMEOUT);
            second.send("/resume\n");
            second.awaitOutput("Welcome back", TIMEOUT);
            second.send("/mydata export\n");
            second.awaitOutput("written to", TIMEOUT);
            second.send("/end\n/quit\n");
            second.closeInput();
            assertThat(second.awaitExit(TIMEOUT)).isZero();
            String out = second.stdout();
            assertThat(out).contains("1 answer so far, all kept").contains("Follow-up");
            assertThat(out).contains("Questions answered: 1 of 3");
            Path export = Path.of(out.lines().filter(l -> l.contains("written to")).findFirst().orElseThrow()
                    .replaceAll(".*written to ", "").strip());
            assertThat(Files.readString(export)).contains("Marker-7QX");
        }
    }
}
