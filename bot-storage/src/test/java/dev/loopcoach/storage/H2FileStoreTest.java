package dev.loopcoach.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the default database: an H2 file, here in a temporary directory. */
class H2FileStoreTest extends JdbcStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2File(dataDir.resolve("data"));
    }

    @Override
    protected void dropDatabase(DatabaseConfig config) {
        // the pools are closed, so H2 has closed the file; @TempDir removes it
    }
}
