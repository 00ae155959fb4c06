package dev.loopcoach.storage;

import org.junit.jupiter.api.BeforeEach;

/** The delivery-log contract on PostgreSQL, in a fresh schema dropped afterwards. */
class PostgresDeliveryLogTest extends JdbcDeliveryLogContract {
    @BeforeEach
    void needPostgres() {
        PostgresTestDatabase.requireReachable();
    }

    @Override
    protected DatabaseConfig freshDatabase() throws Exception {
        return PostgresTestDatabase.config().withSchema(PostgresTestDatabase.createSchema());
    }

    @Override
    protected void dropDatabase(DatabaseConfig config) throws Exception {
        PostgresTestDatabase.dropSchema(config.schema());
    }
}
