package dev.loopcoach.storage;

import dev.loopcoach.core.testing.GuessStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The guess-store contract on H2 in memory (PostgreSQL mode); each process is its own {@link Storage} and pool. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2GuessStoreTest extends GuessStoreContract {
    private final DatabaseConfig config = DatabaseConfig.h2Memory("guess-" + UUID.randomUUID());
    private final List<Storage> open = new ArrayList<>();

    @Override
    protected Process process() {
        Storage s = Storage.open(config);
        open.add(s);
        return new Process(s.guesses(), s.privacy());
    }

    @AfterAll
    void close() {
        open.forEach(Storage::close);
    }
}
