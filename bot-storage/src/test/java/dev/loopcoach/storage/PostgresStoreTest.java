package dev.loopcoach.storage;

import org.junit.jupiter.api.BeforeEach;

/** The store contract on PostgreSQL, each test in a fresh schema that is dropped afterwards. */
class PostgresStoreTest extends JdbcStoreContract {
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
