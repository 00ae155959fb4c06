package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real console on PostgreSQL behind a TCP relay that the test cuts: while the database is unreachable the
 * candidate gets one friendly line and their answer back, never a stack trace, and once it is back the same answer
 * goes through. A console started while the database is down says so in one line.
 */
class StorageOutageTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String ANSWER = LauncherProcess.story("Marker-OUT4GE");

    @TempDir
    Path home;
    private String schema;

    @AfterEach
    void dropSchema() {
        PostgresForTests.drop(schema);
    }

    private Map<String, String> env(String url) {
        return PostgresForTests.launcherEnv(url, home.resolve("data"));
    }

    @Test
    @DisplayName("PostgreSQL cut mid-interview: one friendly line, the answer kept and shown, no stack trace; after it is back the answer goes through")
    void givenTheDatabaseCutMidInterview_theCandidateLosesNothing() throws Exception {
        String[] out = new String[1];
        String direct = PostgresForTests.freshSchemaUrl(out);
        schema = out[0];
        URI pg = URI.create(direct.substring("jdbc:".length()));
        try (TcpCut relay = new TcpCut(pg.getHost(), pg.getPort());
             LauncherProcess coach = LauncherProcess.start(home, env(direct.replace(":" + pg.getPort() + "/", ":" + relay.port() + "/")),
                     "--seed", "3", "--user", "outage")) {
            coach.send("/mockinterview behavioral\n");
            coach.awaitOutput("Question 1 of 3", TIMEOUT);

            relay.cut();
            coach.send(ANSWER + "\n\n");
            coach.awaitOutput("Your answer is kept here", TIMEOUT);

            relay.restore();
            // send the kept answer again until it goes through: the pool may spend one attempt finding its old
            // connections dead, and that attempt keeps the answer once more
            for (int attempt = 1; !coach.stdout().contains("Follow-up"); attempt++) {
                assertThat(attempt).as("attempts to resend after the database came back").isLessThanOrEqualTo(5);
                int keptBefore = kept(coach.stdout());
                coach.send("\n");
                coach.awaitOutput("the feedback or the answer kept again",
                        o -> o.contains("Follow-up") || kept(o) > keptBefore, TIMEOUT);
            }
            coach.send("/end\n/quit\n");
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isZero();

            String all = coach.stdout() + coach.stderr();
            assertThat(all).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Caused by");
            assertThat(coach.stdout()).contains("Marker-OUT4GE");
        }
    }

    private static int kept(String output) {
        return output.split("Your answer is kept here", -1).length - 1;
    }

    @Test
    @DisplayName("a console started while PostgreSQL is unreachable says so in one line and exits")
    void givenNoDatabaseAtStart_oneLine() throws Exception {
        try (LauncherProcess coach = LauncherProcess.start(home, env("jdbc:postgresql://127.0.0.1:1/test"), "--user", "down")) {
            coach.closeInput();
            assertThat(coach.awaitExit(TIMEOUT)).isEqualTo(2);
            assertThat(coach.stderr()).contains("cannot open the database").contains("COACH_DB_URL").doesNotContain("\tat ");
            assertThat(coach.stderr().lines().count()).isLessThanOrEqualTo(3);
        }
    }
}
