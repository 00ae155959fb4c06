package dev.loopcoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** The delivery-log contract on H2 in memory (PostgreSQL mode). */
class H2DeliveryLogTest extends JdbcDeliveryLogContract {
    @Override
    protected DatabaseConfig freshDatabase() {
        return DatabaseConfig.h2Memory("deliveries-" + UUID.randomUUID());
    }

    @Override
    protected void dropDatabase(DatabaseConfig config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             Statement s = c.createStatement()) {
            s.execute("shutdown");
        }
    }
}
