package dev.loopcoach.storage;

import dev.loopcoach.core.testing.GuessStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** The guess-store contract on PostgreSQL, in a fresh schema dropped afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresGuessStoreTest extends GuessStoreContract {
    private final PostgresProcesses processes = new PostgresProcesses();

    @BeforeEach
    void needPostgres() {
        PostgresTestDatabase.requireReachable();
    }

    @Override
    protected Process process() throws Exception {
        Storage s = processes.open();
        return new Process(s.guesses(), s.privacy());
    }

    @AfterAll
    void close() throws Exception {
        processes.close();
    }
}
