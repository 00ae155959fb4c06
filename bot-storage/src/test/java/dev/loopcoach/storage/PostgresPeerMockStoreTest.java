package dev.loopcoach.storage;

import dev.loopcoach.core.testing.PeerMockStoreContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** The peer-mock store contract on PostgreSQL, in a fresh schema dropped afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPeerMockStoreTest extends PeerMockStoreContract {
    private DatabaseConfig config;
    private final List<Storage> open = new ArrayList<>();

    @BeforeEach
    void needPostgres() {
        PostgresTestDatabase.requireReachable();
    }

    @Override
    protected Process process() throws Exception {
        if (config == null) {
            config = PostgresTestDatabase.config().withSchema(PostgresTestDatabase.createSchema());
        }
        Storage s = Storage.open(config);
        open.add(s);
        return new Process(s.peerMocks(), s.privacy());
    }

    @AfterAll
    void close() throws Exception {
        open.forEach(Storage::close);
        if (config != null) {
            PostgresTestDatabase.dropSchema(config.schema());
        }
    }
}
