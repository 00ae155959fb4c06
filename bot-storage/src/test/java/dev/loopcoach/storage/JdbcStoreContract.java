package dev.loopcoach.storage;

import static dev.loopcoach.core.testing.StoreFixtures.answeredEntry;
import static dev.loopcoach.core.testing.StoreFixtures.answeredQuestion;
import static dev.loopcoach.core.testing.StoreFixtures.at;
import static dev.loopcoach.core.testing.StoreFixtures.followUpState;
import static dev.loopcoach.core.testing.StoreFixtures.newSession;
import static dev.loopcoach.core.testing.StoreFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import dev.loopcoach.core.testing.StoreContract;
import dev.loopcoach.core.testing.StoreSet;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store contract on a real database, plus what only a database has: migrations, the session cache,
 * the scheduler table, and a raw look at every table after an erasure.
 * One database (PostgreSQL: one fresh schema) serves the whole class; tests keep apart through random users,
 * session ids and workspaces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreContract extends StoreContract {
    private static final Set<String> TABLES = Set.of("people", "sessions", "practice_entries", "practice_targets",
            "practice_votes", "stories", "story_lps", "user_prefs", "channel_settings", "scheduled_tasks", "delivery_log");

    /** Long-lived "processes": the k-th {@link #process()} call of every test gets the k-th of these. */
    private final List<Storage> processes = new ArrayList<>();
    /** Opened by one test through {@link #storage()}, closed after it. */
    private final List<Storage> extra = new ArrayList<>();
    private int handedOut;
    private DatabaseConfig config;

    /** Makes an empty database (or schema) for this test class and returns how to reach it. */
    protected abstract DatabaseConfig freshDatabase() throws Exception;

    /** Removes what {@link #freshDatabase()} made; every pool is closed by then. */
    protected abstract void dropDatabase(DatabaseConfig config) throws Exception;

    @Override
    protected final StoreSet openStores() throws Exception {
        if (handedOut == processes.size()) {
            processes.add(Storage.open(config()));
        }
        Storage storage = processes.get(handedOut++);
        return new StoreSet(storage.sessions(), storage.practice(), storage.stories(), storage.prefs(),
                storage.privacy(), storage.channelSettings(), () -> { });
    }

    /** Opens one more Storage (own pool, own cache, migrations checked again), closed after the test. */
    protected final Storage storage() throws Exception {
        Storage storage = Storage.open(config());
        extra.add(storage);
        return storage;
    }

    private DatabaseConfig config() throws Exception {
        if (config == null) {
            config = freshDatabase();
        }
        return config;
    }

    @Override
    protected final void cleanUp() {
        handedOut = 0;
        for (Storage storage : extra) {
            storage.close();
        }
        extra.clear();
    }

    @AfterAll
    final void closeAndDrop() throws Exception {
        for (Storage storage : processes) {
            storage.close();
        }
        processes.clear();
        if (config != null) {
            DatabaseConfig done = config;
            config = null;
            dropDatabase(done);
        }
    }

    @Override
    protected final void assertNoTraceOf(UserKey user, Set<SessionId> sessionIds) throws Exception {
        Database db = storage().database();
        db.read(c -> {
            assertThat(count(c, "select count(*) from people where platform = ? and platform_user_id = ?",
                    user.platform(), user.userId())).as("people rows").isZero();
            for (SessionId id : sessionIds) {
                assertThat(count(c, "select count(*) from sessions where id = ?", id.value())).as("session " + id).isZero();
            }
            assertThat(columnsMentioning(c, user.userId())).as("columns still holding the user id").isEmpty();
            return null;
        });
    }

    // ---- what only a database has ----------------------------------------------------------------------------

    @Test
    void givenMigratedDatabase_whenOpenedAgain_thenNothingIsReappliedAndTheDataStays() throws Exception {
        UserKey alice = user("alice");
        InterviewSession session = newSession(alice, at(0));
        Storage first = storage();
        first.sessions().create(session);
        first.prefs().put(alice, new UserPrefs(true));

        Storage second = storage();
        MigrateResult again = Database.flyway(second.dataSource(), config()).migrate();

        assertThat(again.migrationsExecuted).isZero();
        MigrationInfo[] applied = Database.flyway(second.dataSource(), config()).info().applied();
        assertThat(applied).extracting(m -> m.getVersion().getVersion()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17");
        assertThat(Database.flyway(second.dataSource(), config()).info().pending()).isEmpty();
        assertThat(Database.flyway(second.dataSource(), config()).validateWithResult().validationSuccessful).isTrue();
        assertThat(second.database().read(JdbcStoreContract::tableNames)).containsAll(TABLES);
        assertThat(second.sessions().find(session.id())).contains(new StoredSession(session, 1));

        first.close();
        second.close();
        Storage reopened = storage();
        assertThat(reopened.sessions().find(session.id())).contains(new StoredSession(session, 1));
        assertThat(reopened.prefs().get(alice)).isEqualTo(new UserPrefs(true));
    }

    @Test
    void givenHotSession_whenReadAgainUnchanged_thenTheCachedCopyIsServedUntilAnotherProcessWrites() throws Exception {
        Storage mine = storage();
        Storage theirs = storage();
        InterviewSession session = newSession(user("alice"), at(0));
        mine.sessions().create(session);
        StoredSession firstRead = mine.sessions().find(session.id()).orElseThrow();

        assertThat(mine.sessions().find(session.id()).orElseThrow()).isSameAs(firstRead);
        assertThat(mine.sessions().findActive(session.user()).orElseThrow()).isSameAs(firstRead);

        theirs.sessions().update(session.with(followUpState(), at(1)), 1);
        StoredSession afterTheirWrite = mine.sessions().find(session.id()).orElseThrow();

        assertThat(afterTheirWrite).isNotSameAs(firstRead);
        assertThat(afterTheirWrite.version()).isEqualTo(2);
        assertThat(afterTheirWrite.session().state()).isEqualTo(followUpState());
        assertThat(mine.sessions().find(session.id()).orElseThrow()).isSameAs(afterTheirWrite);
    }

    @Test
    void givenStoredUser_whenTablesAreScanned_thenTheTraceCheckFindsThem() throws Exception {
        Storage storage = storage();
        UserKey alice = user("alice");
        InterviewSession answered = newSession(alice, at(0));
        for (int turn = 1; turn <= 4; turn++) {
            answered = answered.withTurn(answeredQuestion(at(turn)), followUpState(), at(turn));
        }
        storage.sessions().create(answered);
        storage.practice().record(alice, answeredEntry(at(1)));
        storage.stories().add(alice, "Story", "text", List.of(LeadershipPrinciple.OWNERSHIP), at(2));
        String id = answered.id().value();
        String stored = storage.database().read(c -> {
            try (var ps = c.prepareStatement("select document from sessions where id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertThat(stored).as("a transcript this long is stored compacted").startsWith(CompactText.MARK);

        Set<String> hits = storage.database().read(c -> columnsMentioning(c, alice.userId()));

        assertThat(hits).contains("people.platform_user_id", "sessions.document");
    }

    @Test
    void givenMigratedDatabase_whenDbSchedulerRunsAOneTimeTask_thenItExecutesOnTheScheduledTasksTable() throws Exception {
        Storage storage = storage();
        CountDownLatch ran = new CountDownLatch(1);
        OneTimeTask<Void> probe = Tasks.oneTime("storage-probe").execute((instance, context) -> ran.countDown());
        Scheduler scheduler = Scheduler.create(storage.dataSource(), probe)
                .pollingInterval(Duration.ofMillis(100)).threads(1).enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(2)).build();
        scheduler.start();
        try {
            scheduler.schedule(probe.instance("once"), Instant.now());
            assertThat(ran.await(15, TimeUnit.SECONDS)).as("task ran").isTrue();
        } finally {
            scheduler.stop();
        }
        long rowsLeft = storage.database().read(c -> count(c, "select count(*) from scheduled_tasks where task_name = ?",
                "storage-probe"));
        assertThat(rowsLeft).as("a finished one-time task leaves no row").isZero();
    }

    // ---- raw helpers -----------------------------------------------------------------------------------------

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Set<String> tableNames(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    /** Every text column of every table in the schema that holds {@code needle} somewhere, as "table.column". */
    /** A compacted document (see CompactText) hides its words from LIKE: each one is unpacked and searched too. */
    private static boolean compactedMention(Connection c, String table, String column, String needle) throws SQLException {
        try (var ps = c.prepareStatement("select " + column + " from " + table + " where " + column + " like ?")) {
            ps.setString(1, CompactText.MARK + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (CompactText.unpack(table, rs.getString(1)).contains(needle)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> columnsMentioning(Connection c, String needle) throws SQLException {
        Set<String> hits = new TreeSet<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : tableNames(c)) {
            if (table.equals("flyway_schema_history")) {
                continue;
            }
            try (ResultSet columns = meta.getColumns(null, c.getSchema(), table, "%")) {
                while (columns.next()) {
                    int type = columns.getInt("DATA_TYPE");
                    if (type != Types.VARCHAR && type != Types.CHAR && type != Types.CLOB && type != Types.LONGVARCHAR
                            && type != Types.NVARCHAR && type != Types.NCLOB) {
                        continue;
                    }
                    String column = columns.getString("COLUMN_NAME");
                    if (count(c, "select count(*) from " + table + " where " + column + " like ?", "%" + needle + "%") > 0
                            || compactedMention(c, table, column, needle)) {
                        hits.add(table + "." + column);
                    }
                }
            }
        }
        return hits;
    }
}
