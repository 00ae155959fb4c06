package dev.loopcoach.core.together;

import dev.loopcoach.core.testing.GuessStoreContract;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;

/** The guess-store contract on the in-memory stores the core's tests use. */
class MemoryGuessStoreTest extends GuessStoreContract {
    private final InMemoryStores stores = new InMemoryStores(ManualClock.at("2027-01-11T00:00:00Z"));

    @Override
    protected Process process() {
        return new Process(stores.guesses(), stores.privacy());
    }
}
