package dev.loopcoach.storage;

import dev.loopcoach.core.testing.PeerMockStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** The peer-mock store contract on PostgreSQL, in a fresh schema dropped afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPeerMockStoreTest extends PeerMockStoreContract {
    private final PostgresProcesses processes = new PostgresProcesses();

    @BeforeEach
    void needPostgres() {
        PostgresTestDatabase.requireReachable();
    }

    @Override
    protected Process process() throws Exception {
        Storage s = processes.open();
        return new Process(s.peerMocks(), s.privacy());
    }

    @AfterAll
    void close() throws Exception {
        processes.close();
    }
}
