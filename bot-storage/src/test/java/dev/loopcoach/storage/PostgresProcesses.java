package dev.loopcoach.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * The "processes" of a store contract on PostgreSQL: each {@link #open()} is its own {@link Storage} (pool) on one fresh
 * schema, created on first use; {@link #close()} closes them all and drops the schema.
 */
final class PostgresProcesses implements AutoCloseable {
    private DatabaseConfig config;
    private final List<Storage> open = new ArrayList<>();

    Storage open() throws Exception {
        if (config == null) {
            config = PostgresTestDatabase.config().withSchema(PostgresTestDatabase.createSchema());
        }
        Storage s = Storage.open(config);
        open.add(s);
        return s;
    }

    @Override
    public void close() throws Exception {
        open.forEach(Storage::close);
        if (config != null) {
            PostgresTestDatabase.dropSchema(config.schema());
        }
    }
}
