package dev.loopcoach.storage;

import org.junit.jupiter.api.BeforeEach;

/** The inbox contract on PostgreSQL, in a fresh schema dropped afterwards. */
class PostgresInboxTest extends JdbcInboxContract {
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
