package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.storage.faults.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quiet pass moves every chunk of the running file (issue 14); a process killed with SIGKILL in the middle of that
 * must reopen with every acknowledged write. The child churns a burst, says it is acknowledged, waits out H2's retention
 * as a quiet coach would, says it is moving, and runs a quiet pass (about 70 ms for its 22 MB file); the test kills it
 * 0 to 60 ms after that line, so each run kills at another point of the move. The retention is the coach's own 45 s:
 * with a 200 ms one the same kill lost acknowledged writes even with no compaction at all (5 of 8 runs), so this
 * test takes a minute.
 */
class H2CompactionCrashTest {
    static final int ROWS = 200;
    static final int PER_COMMIT = 20;
    static final int ROUNDS = 10;
    /** H2's own retention, as the coach runs it: a shorter one loses acknowledged writes to a SIGKILL by itself. */
    static final long RETENTION_MILLIS = 45_000;
    private static final int KILL_IN_CYCLE = 0;

    @TempDir
    Path dir;

    @Test
    void givenAQuietPassMovingTheFile_whenTheProcessIsKilled_thenItReopensWithEveryAcknowledgedWrite() throws Exception {
        Process child = ChildJvm.start(CompactingWriter.class, dir.toString());
        int acked = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked = Integer.parseInt(line.substring(4));
                } else if (line.equals("MOVING " + KILL_IN_CYCLE)) {
                    TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextInt(0, 60)); // somewhere inside the pass
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(acked).as("the burst acknowledged before the kill").isEqualTo(KILL_IN_CYCLE);

        try (Storage reopened = Storage.open(CompactingWriter.config(dir))) {
            int rows = reopened.database().read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM burst WHERE body = ?")) {
                    p.setString(1, CompactingWriter.body(KILL_IN_CYCLE, ROUNDS - 1));
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        return r.getInt(1);
                    }
                }
            });
            assertThat(rows).as("every row holds the acknowledged burst's last version").isEqualTo(ROWS);
        }
    }

    /** The child: bursts of rewrites, each acknowledged on standard output, each followed by a quiet pass. */
    public static final class CompactingWriter {
        private CompactingWriter() {
        }

        static DatabaseConfig config(Path dir) {
            return DatabaseConfig.h2File(dir);
        }

        static String body(int cycle, int round) {
            return ("{\"answer\":\"I owned the refunds queue and called each account myself.\",\"cycle\":" + cycle + "},")
                    .repeat(120) + "#" + round;
        }

        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try (Storage storage = Storage.open(config(Path.of(args[0])))) {
                Database db = storage.database();
                Burst.create(db);
                for (int cycle = 0; ; cycle++) {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int first = 0; first < ROWS; first += PER_COMMIT) {
                            Burst.put(db, first, PER_COMMIT, body(cycle, round));
                        }
                    }
                    out.println("ACK " + cycle);
                    TimeUnit.MILLISECONDS.sleep(RETENTION_MILLIS + 2_000); // the burst's dead chunks may now be freed
                    out.println("MOVING " + cycle);
                    out.println("PASS " + db.compactor().orElseThrow().compactOnce(true, TimeUnit.SECONDS.toNanos(9)));
                }
            }
        }
    }
}
