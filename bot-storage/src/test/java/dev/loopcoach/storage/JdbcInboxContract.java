package dev.loopcoach.storage;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.testing.InboxContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The inbox contract on a real database; each "process" is its own {@link Storage} (own pool) on one database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcInboxContract extends InboxContract {
    private final List<Storage> processes = new ArrayList<>();
    private DatabaseConfig config;

    protected abstract DatabaseConfig freshDatabase() throws Exception;

    protected abstract void dropDatabase(DatabaseConfig config) throws Exception;

    /**
     * True for an embedded database, which one process opens at a time: every "process" of the contract is then the one
     * store (its threads racing each other), as in production.
     */
    protected boolean oneProcess() {
        return false;
    }

    @Override
    protected final Inbox process() throws Exception {
        if (config == null) {
            config = freshDatabase();
        }
        if (oneProcess() && !processes.isEmpty()) {
            return processes.get(0).inbox();
        }
        Storage s = Storage.open(config);
        processes.add(s);
        return s.inbox();
    }

    @AfterAll
    final void closeAndDrop() throws Exception {
        processes.forEach(Storage::close);
        processes.clear();
        if (config != null) {
            dropDatabase(config);
        }
    }
}
