package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.session.SessionId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing to the default H2 file database is killed with SIGKILL mid-stream; every write it had
 * acknowledged must be there after a restart. (H2's default 500 ms write delay loses them; WRITE_DELAY=0 keeps them.)
 */
class H2CrashSafetyTest {
    private static final int ACKS_BEFORE_KILL = 20;

    @TempDir
    Path dataDir;

    @Test
    void givenWriterKilledWithSigkill_whenRestarted_thenEveryAcknowledgedAnswerIsStillThere() throws Exception {
        Process writer = dev.loopcoach.storage.faults.ChildJvm.start(CrashWriter.class, dataDir.toString());
        String sessionId = null;
        long lastAcked = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            int acks = 0;
            String line;
            while (acks < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    sessionId = parts[1];
                    lastAcked = Long.parseLong(parts[2]);
                    acks++;
                }
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(writer.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(lastAcked).as("acknowledged versions seen").isGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        long acked = lastAcked;
        try (Storage restarted = Storage.open(DatabaseConfig.h2File(dataDir))) {
            StoredSession resumed = restarted.sessions().findActive(CrashWriter.USER).orElseThrow(() -> new AssertionError(
                    "the session acknowledged up to version " + acked + " is gone after the kill"));
            assertThat(resumed.session().id()).isEqualTo(new SessionId(sessionId));
            assertThat(resumed.version()).isGreaterThanOrEqualTo(lastAcked);
            assertThat(resumed.session().transcript()).hasSize((int) resumed.version() - 1);
            for (int i = 1; i < lastAcked; i++) {
                assertThat(resumed.session().transcript().get(i - 1)).isEqualTo(CrashWriter.turn(i));
            }
            assertThat(restarted.practice().entries(CrashWriter.USER)).hasSizeGreaterThanOrEqualTo((int) lastAcked - 1);
        }
    }
}
