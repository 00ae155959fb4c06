package dev.loopcoach.storage;

import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.DailyStoreContract;
import dev.loopcoach.core.testing.DailyStoreSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The daily store contract on a real database. One database (PostgreSQL: one fresh schema) serves the class;
 * the k-th "process" of every test reuses the k-th opened Storage, and each test ends by emptying the daily tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDailyStoreContract extends DailyStoreContract {
    private final List<Storage> processes = new ArrayList<>();
    private int handedOut;
    private DatabaseConfig config;

    protected abstract DatabaseConfig freshDatabase() throws Exception;

    protected abstract void dropDatabase(DatabaseConfig config) throws Exception;

    @Override
    protected final DailyStoreSet openStores() throws Exception {
        if (config == null) {
            config = freshDatabase();
        }
        if (handedOut == processes.size()) {
            processes.add(Storage.open(config));
        }
        DailyStores daily = DailyStores.on(processes.get(handedOut++), Clock.system());
        return new DailyStoreSet(daily.settings(), daily.posts(), daily.dialogs(), () -> { });
    }

    @Override
    protected final void cleanUp() {
        handedOut = 0;
        if (!processes.isEmpty()) {
            processes.get(0).database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("delete from thread_dialogs");
                    s.executeUpdate("delete from daily_posts");
                    s.executeUpdate("delete from daily_settings");
                    s.executeUpdate("delete from people");
                }
                return null;
            });
        }
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
