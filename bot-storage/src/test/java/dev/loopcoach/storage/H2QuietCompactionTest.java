package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running coach gives the space of a burst back while it is quiet (issue 14), not only when it closes: one quiet pass
 * moves live chunks forward until the file's end is free, then the file shrinks. H2's retention is shortened here so
 * the test need not wait its 45 seconds; everything else is the embedded store's own settings, on a real file.
 */
class H2QuietCompactionTest {
    private static final String DOCUMENT = ("{\"question\":\"Tell me about a time you had to win back a customer.\","
            + "\"answer\":\"I owned the renewals queue, and I called each account myself before the quarter closed.\","
            + "\"findings\":[{\"code\":\"gap\",\"text\":\"Say what changed, in numbers.\"}]},").repeat(40);
    private static final int ROWS = 300;
    private static final int KEPT = 30;
    private static final int RETENTION_MILLIS = 300;

    @TempDir
    Path dir;

    @Test
    void givenAFileMostlyFreedByABurst_whenOneQuietPassRuns_thenTheOpenFileShrinksNearItsLiveData_andNothingIsLost()
            throws Exception {
        DatabaseConfig embedded = DatabaseConfig.h2File(dir);
        DatabaseConfig config = new DatabaseConfig(embedded.url() + ";RETENTION_TIME=" + RETENTION_MILLIS, "sa", "",
                DatabaseConfig.DEFAULT_POOL_SIZE, null);
        try (Storage storage = Storage.open(config)) {
            Database db = storage.database();
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE burst (id INT PRIMARY KEY, body VARCHAR)");
                }
                return null;
            });
            for (int round = 0; round < 6; round++) {
                for (int id = 0; id < ROWS; id++) {
                    put(db, id, DOCUMENT + "#" + round);
                }
            }
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM burst WHERE id >= " + KEPT);
                }
                return null;
            });
            long afterBurst = Files.size(dataFile(config));
            TimeUnit.MILLISECONDS.sleep(RETENTION_MILLIS * 3L); // the dead chunks' retention, which H2 measures in real time

            H2Compactor.Pass pass = db.compactor().orElseThrow().compactOnce(true, TimeUnit.SECONDS.toNanos(20)).orElseThrow();

            long afterPass = Files.size(dataFile(config));
            assertThat(afterPass).as("the open file after one quiet pass (%s), against %,d bytes after the burst", pass,
                    afterBurst).isLessThan(afterBurst / 4);
            assertThat(pass.sizeAfter()).isEqualTo(afterPass);
            int rows = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM burst WHERE body = '" + DOCUMENT.replace("'", "''") + "' || '#5'")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).as("every kept row holds its last version").isEqualTo(KEPT);
        }
    }

    private static void put(Database db, int id, String body) throws Exception {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO burst KEY (id) VALUES (?, ?)")) {
                p.setInt(1, id);
                p.setString(2, body);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static Path dataFile(DatabaseConfig config) {
        String path = config.url().substring("jdbc:h2:file:".length(), config.url().indexOf(';'));
        return Path.of(path + ".mv.db");
    }
}
