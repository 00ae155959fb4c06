package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's writes share commits: each unit is still all or nothing, and its caller learns exactly what happened to it. */
class GroupCommitTest {
    @TempDir
    Path dir;

    private Database db;
    private final ExecutorService callers = Executors.newFixedThreadPool(12);

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2File(dir.resolve("data")));
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("create table gc_probe (k varchar(40) primary key, v int not null)");
            }
        });
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void writesQueuedWhileABatchCommitsShareTheNextCommit() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long commitsBefore = db.groupCommit().orElseThrow().commits();
        Future<Integer> first = callers.submit(() -> db.write(c -> {
            holding.countDown();
            await(release);
            return insert(c, "first", 1);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String key = "queued-" + i;
            queued.add(callers.submit(() -> db.write(c -> insert(c, key, 1))));
        }
        waitUntilQueued(10);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> f : queued) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(count()).isEqualTo(11);
        assertThat(db.groupCommit().orElseThrow().commits() - commitsBefore).as("commits for 11 units").isEqualTo(2);
    }

    @Test
    void aFailingUnitIsUndoneAloneAndItsCallerGetsItsOwnException() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Integer> first = callers.submit(() -> db.write(c -> {
            holding.countDown();
            await(release);
            return insert(c, "a", 1);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        IllegalStateException boom = new IllegalStateException("the unit changed its mind");
        Future<Integer> failing = callers.submit(() -> db.write(c -> {
            insert(c, "half-done", 1);
            throw boom;
        }));
        Future<Integer> duplicate = callers.submit(() -> db.write(c -> insert(c, "a", 2))); // "a" exists by then
        Future<Integer> fine = callers.submit(() -> db.write(c -> insert(c, "b", 1)));
        waitUntilQueued(3);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(fine.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThatThrownBy(failing::get).hasCause(boom);
        assertThatThrownBy(duplicate::get).hasCauseInstanceOf(StorageException.class)
                .cause().hasCauseInstanceOf(SQLException.class);
        assertThat(keys()).containsExactly("a", "b");
        assertThat(value("a")).isEqualTo(1);
    }

    @Test
    void aWriteInsideAWriteJoinsItInsteadOfWaitingForItself() throws Exception {
        Future<Integer> outer = callers.submit(() -> db.write(c -> insert(c, "outer", 1) + db.write(c2 -> insert(c2, "inner", 1))));
        assertThat(outer.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(keys()).containsExactly("inner", "outer");
    }

    @Test
    void manyWritersLoseNothing() throws Exception {
        List<Future<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String key = UUID.randomUUID().toString();
            all.add(callers.submit(() -> db.write(c -> insert(c, key, 1))));
        }
        for (Future<Integer> f : all) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(count()).isEqualTo(2_000);
        GroupCommit group = db.groupCommit().orElseThrow();
        assertThat(group.units()).isGreaterThanOrEqualTo(2_000);
        assertThat(group.commits()).isLessThanOrEqualTo(group.units());
    }

    @Test
    void aWriteAfterCloseFailsPlainlyInsteadOfHanging() {
        Database closed = db;
        db = null;
        closed.close();
        assertThatThrownBy(() -> closed.write(c -> insert(c, "late", 1))).isInstanceOf(StorageException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void postgresKeepsItsOwnConcurrentCommits() throws Exception {
        // only H2 pays a chunk of file per commit; PostgreSQL commits side by side as before
        assertThat(db.groupCommit()).isPresent();
        PostgresTestDatabase.requireReachable();
        String schema = PostgresTestDatabase.createSchema();
        try (Database pg = Database.open(PostgresTestDatabase.config().withSchema(schema))) {
            assertThat(pg.groupCommit()).isEmpty();
        } finally {
            PostgresTestDatabase.dropSchema(schema);
        }
    }

    private void waitUntilQueued(int units) throws InterruptedException {
        GroupCommit group = db.groupCommit().orElseThrow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (group.queued() < units) {
            assertThat(System.nanoTime()).as("units queued in time").isLessThan(deadline);
            Thread.sleep(5); // bounded poll: the queue gives no signal when callers arrive
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int insert(java.sql.Connection c, String key, int value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into gc_probe (k, v) values (?, ?)")) {
            ps.setString(1, key);
            ps.setInt(2, value);
            return ps.executeUpdate();
        }
    }

    private int count() {
        return keys().size();
    }

    private List<String> keys() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select k from gc_probe order by k")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private int value(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select v from gc_probe where k = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
