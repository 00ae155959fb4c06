package dev.loopcoach.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pooled connection to the database, migrated to the newest schema when opened. Work runs in
 * transactions through {@link #read} and {@link #write}: commit when the lambda returns, roll back when it throws.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** Unit of work over one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final DatabaseConfig config;
    /** Keeps an embedded H2 file small; absent for PostgreSQL and in-memory H2. */
    private final java.util.Optional<H2Compactor> compactor;
    /** Commits H2's writes in batches (see {@link GroupCommit}); absent for PostgreSQL, whose commits run side by side. */
    private final java.util.Optional<GroupCommit> group;

    private Database(HikariDataSource pool, DatabaseConfig config) {
        this.pool = pool;
        this.config = config;
        String url = config.url().toLowerCase(java.util.Locale.ROOT);
        this.compactor = config.isH2() && !url.startsWith("jdbc:h2:mem:")
                ? java.util.Optional.of(H2Compactor.on(pool)) : java.util.Optional.empty();
        this.group = config.isH2()
                ? java.util.Optional.of(GroupCommit.start(pool, () -> compactor.ifPresent(H2Compactor::committed)))
                : java.util.Optional.empty();
    }

    /**
     * Connects, then applies any pending Flyway migrations (safe to run from several processes at once).
     *
     * @throws StorageException when the database cannot be reached or a migration fails
     */
    public static Database open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("loopcoach-db");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(Math.min(2, config.poolSize()));
        hikari.setConnectionTimeout(10_000);
        if (config.schema() != null) {
            hikari.setSchema(config.schema());
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("cannot connect to the database at " + config.url() + " as '" + config.user()
                    + "': " + rootMessage(e), e);
        }
        try {
            if (upToDate(pool)) {
                // the usual start: nothing to migrate, so Flyway (a second or so of class loading and scanning) is skipped
                LOG.info("Database ready: {} (schema {}, version {}, up to date)", config.url(),
                        config.schema() == null ? "default" : config.schema(), LATEST_VERSION);
                return new Database(pool, config);
            }
            MigrateResult result = flyway(pool, config).migrate();
            LOG.info("Database ready: {} (schema {}, version {}, {} migration(s) applied now)", config.url(),
                    config.schema() == null ? "default" : config.schema(), result.targetSchemaVersion == null
                            ? result.initialSchemaVersion : result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException("cannot bring the database at " + config.url() + " up to date: " + rootMessage(e), e);
        }
        return new Database(pool, config);
    }

    /** The highest migration in {@code db/migration} (a test keeps the two equal). */
    static final String LATEST_VERSION = "17";

    /**
     * Whether the last successful migration recorded is this build's latest and none failed: then there is nothing for
     * Flyway to do. Any doubt (no history table, a failed row, another version) leaves it to Flyway.
     */
    static boolean upToDate(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" "
                     + "where \"version\" is not null order by \"installed_rank\" desc")) {
            return rs.next() && LATEST_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    static Flyway flyway(DataSource dataSource, DatabaseConfig config) {
        var flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        if (config.schema() != null) {
            flyway = flyway.schemas(config.schema()).defaultSchema(config.schema());
        }
        return flyway.load();
    }

    /** Runs read-only work in one transaction (a consistent view for multi-query reads). */
    public <T> T read(Work<T> work) {
        return inTransaction(work, "read");
    }

    /**
     * Runs work in one transaction: all of it is stored, or none of it. On H2 that transaction may be shared with other
     * callers' work (group commit); each unit is still all or nothing, and this returns once it is committed.
     */
    public <T> T write(Work<T> work) {
        if (group.isEmpty()) {
            return inTransaction(work, "write");
        }
        try {
            return group.get().write(work);
        } catch (SQLException e) {
            evictIfClosed(e);
            throw new StorageException("database write failed: " + e.getMessage(), e);
        }
    }

    /** The group commit, when this database has one (H2). */
    java.util.Optional<GroupCommit> groupCommit() {
        return group;
    }

    private <T> T inTransaction(Work<T> work, String what) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            evictIfClosed(e);
            throw new StorageException("database " + what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * H2's error codes for a database that closed itself: "The database has been closed" (after a write failed on a full
     * disk) and "Database is already closed" (after an immediate shutdown).
     */
    static final java.util.Set<Integer> H2_DATABASE_CLOSED = java.util.Set.of(90098, 90121);

    /**
     * One dead connection means the others are dead too: the database went away (a network cut, a restart) or embedded
     * H2 closed itself (a write failed: disk full, I/O error; its error carries no connection-failure SQLState). The pool
     * would otherwise hand the other dead ones out, one failed call each, while they look fresh; evicting them all makes
     * the next call connect afresh, so the coach recovers by itself as soon as the fault is gone.
     */
    private void evictIfClosed(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (H2_DATABASE_CLOSED.contains(s.getErrorCode())
                    || s.getSQLState() != null && s.getSQLState().startsWith("08"))) {
                pool.getHikariPoolMXBean().softEvictConnections();
                return;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The pool itself, for libraries that need a DataSource (db-scheduler). */
    /** Whether the database answers a trivial query within two seconds; never throws (for health checks). */
    public boolean ping() {
        try {
            return read(c -> c.isValid(2));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The pool's connections in use, idle, and threads waiting for one: for the metrics gauges. */
    public PoolLevels poolLevels() {
        com.zaxxer.hikari.HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean == null ? new PoolLevels(0, 0, 0)
                : new PoolLevels(bean.getActiveConnections(), bean.getIdleConnections(), bean.getThreadsAwaitingConnection());
    }

    public record PoolLevels(int active, int idle, int pending) {
    }

    /** The embedded file's compactor, when this is an H2 file database. */
    java.util.Optional<H2Compactor> compactor() {
        return compactor;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        group.ifPresent(g -> LOG.debug("Group commit: {} units of work in {} commits", g.units(), g.commits()));
        group.ifPresent(GroupCommit::close);
        compactor.ifPresent(H2Compactor::close);
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
