package dev.loopcoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** The inbox contract on H2 in memory (PostgreSQL mode). */
class H2InboxTest extends JdbcInboxContract {
    @Override
    protected DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2Memory("inbox-" + UUID.randomUUID());
    }

    @Override
    protected void dropDatabase(DatabaseConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }
}
