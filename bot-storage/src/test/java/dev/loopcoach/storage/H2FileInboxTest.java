package dev.loopcoach.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox contract on the default database, an H2 file, which one process opens at a time: every "process" is the one
 * store, whose inbox journals its letters (see {@link JournaledInbox}); its threads race each other instead. Several
 * processes on one inbox are covered on H2 in memory and on PostgreSQL.
 */
class H2FileInboxTest extends JdbcInboxContract {
    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2File(dataDir.resolve("data"));
    }

    @Override
    protected boolean oneProcess() {
        return true;
    }

    @Override
    protected void dropDatabase(DatabaseConfig config) {
        // the pools are closed, so H2 has closed the file; @TempDir removes it
    }
}
