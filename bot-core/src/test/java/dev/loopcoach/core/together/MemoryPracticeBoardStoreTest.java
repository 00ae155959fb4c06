package dev.loopcoach.core.together;

import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.PracticeBoardStoreContract;

/** The practice-board contract on the in-memory stores the core's tests use. */
class MemoryPracticeBoardStoreTest extends PracticeBoardStoreContract {
    private final InMemoryStores stores = new InMemoryStores(ManualClock.at("2027-01-11T00:00:00Z"));

    @Override
    protected Process process() {
        return new Process(stores.practiceBoard(), stores.privacy());
    }
}
