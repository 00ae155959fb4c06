package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running coach gives the space of a burst back while it is quiet (issue 14), not only when it closes: a quiet pass
 * rewrites the sparse chunks, and once the emptied ones are freed the next moves every chunk forward and cuts the file. H2's retention is shortened here so
 * the test need not wait its 45 seconds; everything else is the embedded store's own settings, on a real file.
 */
class H2QuietCompactionTest {
    private static final String DOCUMENT = ("{\"question\":\"Tell me about a time you had to win back a customer.\","
            + "\"answer\":\"I owned the renewals queue, and I called each account myself before the quarter closed.\","
            + "\"findings\":[{\"code\":\"gap\",\"text\":\"Say what changed, in numbers.\"}]},").repeat(40);
    private static final int ROWS = 200;
    private static final int KEPT = 200;
    private static final int PER_COMMIT = 20;
    private static final int ROUNDS = 30;
    private static final int RETENTION_MILLIS = 300;
    /** A rewrite, then a move once the rewritten chunks' retention passed; one more in case a pass finds both to do. */
    private static final int QUIET_PASSES = 3;

    @TempDir
    Path dir;

    @Test
    void givenAFileMostlyFreedByABurst_whenQuietPassesRun_thenTheOpenFileShrinks_andNothingIsLost()
            throws Exception {
        DatabaseConfig embedded = DatabaseConfig.h2File(dir);
        DatabaseConfig config = new DatabaseConfig(embedded.url() + ";RETENTION_TIME=" + RETENTION_MILLIS, "sa", "",
                DatabaseConfig.DEFAULT_POOL_SIZE, null);
        try (Storage storage = Storage.open(config)) {
            Database db = storage.database();
            Burst.create(db);
            for (int round = 0; round < ROUNDS; round++) {
                for (int id = 0; id < ROWS; id += PER_COMMIT) {
                    Burst.put(db, id, PER_COMMIT, DOCUMENT + "#" + round);
                }
            }
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM burst WHERE id >= " + KEPT);
                }
                return null;
            });
            long afterBurst = Files.size(dataFile(config));
            List<H2Compactor.Pass> passes = new ArrayList<>();
            for (int pass = 0; pass < QUIET_PASSES; pass++) {
                // between passes the dead chunks' retention passes, as it does between the coach's quiet passes
                TimeUnit.MILLISECONDS.sleep(RETENTION_MILLIS * 2L);
                passes.add(db.compactor().orElseThrow().compactOnce(true, TimeUnit.SECONDS.toNanos(9)).orElseThrow());
            }

            long afterPasses = Files.size(dataFile(config));
            assertThat(afterPasses).as("the open file after %d quiet passes %s, against %,d bytes after the burst",
                    QUIET_PASSES, passes, afterBurst).isLessThan(afterBurst / 4);
            assertThat(passes.get(passes.size() - 1).sizeAfter()).isEqualTo(afterPasses);
            int rows = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM burst WHERE body = '" + DOCUMENT.replace("'", "''") + "' || '#" + (ROUNDS - 1) + "'")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).as("every kept row holds its last version").isEqualTo(KEPT);
        }
    }

    private static Path dataFile(DatabaseConfig config) {
        String path = config.url().substring("jdbc:h2:file:".length(), config.url().indexOf(';'));
        return Path.of(path + ".mv.db");
    }
}
