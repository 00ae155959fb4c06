package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file stays near the size of what it holds (issue 14): a store that is closed moves its live data to the
 * front of the file, so the space of rewritten rows is given back at once instead of after H2's 45-second retention.
 * Measured on the embedded store's own settings, on a real file. (How long closing may spend on a large file is measured
 * by the StorageGrowth driver in bot-bench: a small file closes well within H2's default budget too.)
 */
class H2FileSizeTest {
    /** About the size of a session document late in an interview: JSON text, repetitive as JSON is. */
    private static final String DOCUMENT = ("{\"question\":\"Tell me about a time you disagreed with your manager.\","
            + "\"answer\":\"I owned the checkout flow, and I pulled the funnel data myself before the review.\","
            + "\"findings\":[{\"code\":\"gap\",\"text\":\"The result has no number.\"}]},").repeat(40);
    private static final int ROWS = 20;
    private static final int REWRITES = 60;

    @TempDir
    Path dir;

    @Test
    void givenRowsRewrittenManyTimes_whenTheStoreCloses_thenTheFileShrinksToNearItsLiveData_andNothingIsLost() throws Exception {
        DatabaseConfig embedded = DatabaseConfig.h2File(dir);
        long[] size = churn(embedded);

        assertThat(size[1]).as("closed file, against its size while open").isLessThan(size[0] / 3);

        try (Storage reopened = Storage.open(embedded)) {
            int rows = reopened.database().read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT COUNT(*) FROM churn WHERE body = '" + DOCUMENT.replace("'", "''") + "' || '#" + (REWRITES - 1) + "'")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).as("every row holds its last version after the compaction").isEqualTo(ROWS);
        }
    }

    /** Writes every row {@link #REWRITES} times, one commit each; returns the file's size while open and once closed. */
    private static long[] churn(DatabaseConfig config) throws Exception {
        long open;
        Path file;
        try (Storage storage = Storage.open(config)) {
            storage.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE churn (id INT PRIMARY KEY, body VARCHAR)");
                }
                return null;
            });
            for (int round = 0; round < REWRITES; round++) {
                String body = DOCUMENT + "#" + round;
                for (int id = 0; id < ROWS; id++) {
                    int row = id;
                    storage.database().write(c -> {
                        try (PreparedStatement p = c.prepareStatement("MERGE INTO churn KEY (id) VALUES (?, ?)")) {
                            p.setInt(1, row);
                            p.setString(2, body);
                            p.executeUpdate();
                        }
                        return null;
                    });
                }
            }
            file = dataFile(config);
            open = Files.size(file);
        }
        return new long[] {open, Files.size(file)};
    }

    private static Path dataFile(DatabaseConfig config) {
        String path = config.url().substring("jdbc:h2:file:".length(), config.url().indexOf(';'));
        return Path.of(path + ".mv.db");
    }
}
