package dev.loopcoach.storage;

import dev.loopcoach.core.testing.PeerMockStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The peer-mock store contract on H2 in memory (PostgreSQL mode); each process is its own {@link Storage} and pool. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2PeerMockStoreTest extends PeerMockStoreContract {
    private final DatabaseConfig config = DatabaseConfig.h2Memory("peer-" + UUID.randomUUID());
    private final List<Storage> open = new ArrayList<>();

    @Override
    protected Process process() {
        Storage s = Storage.open(config);
        open.add(s);
        return new Process(s.peerMocks(), s.privacy());
    }

    @AfterAll
    void close() {
        open.forEach(Storage::close);
    }
}
