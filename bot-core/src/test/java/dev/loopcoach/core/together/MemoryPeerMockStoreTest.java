package dev.loopcoach.core.together;

import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.PeerMockStoreContract;

/** The peer-mock store contract on the in-memory stores the core's tests use. */
class MemoryPeerMockStoreTest extends PeerMockStoreContract {
    private final InMemoryStores stores = new InMemoryStores(ManualClock.at("2027-01-11T00:00:00Z"));

    @Override
    protected Process process() {
        return new Process(stores.peerMocks(), stores.privacy());
    }
}
