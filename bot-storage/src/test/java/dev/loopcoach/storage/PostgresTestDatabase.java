package dev.loopcoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests use: 127.0.0.1:5432, database {@code test}, user {@code postgres}, no password, unless
 * COACH_TEST_PG_URL / COACH_TEST_PG_USER / COACH_TEST_PG_PASSWORD say otherwise. Each test gets its own schema.
 * Unreachable: with CI=true the tests fail; elsewhere they are skipped, and say so on stderr.
 */
final class PostgresTestDatabase {
    static final String URL = env("COACH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("COACH_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("COACH_TEST_PG_PASSWORD", "");

    private PostgresTestDatabase() {
    }

    /** Checked once per JVM; "" means reachable. */
    private static final Pattern TEST_SCHEMA = Pattern.compile("lc_test_(\\d{9,12})_[0-9a-f]{8}");
    private static String problem;
    private static boolean warned;

    /** Call before each PostgreSQL test: passes, fails (CI=true) or skips the test with the reason. */
    static synchronized void requireReachable() {
        if (problem == null) {
            String why = unreachableBecause();
            problem = why == null ? "" : why;
        }
        if (problem.isEmpty()) {
            return;
        }
        String where = "PostgreSQL at " + URL + " as '" + USER + "' is not reachable (" + problem + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(where + ". CI=true, so the PostgreSQL tests must run: start PostgreSQL (.ci/run does) "
                    + "or point COACH_TEST_PG_URL / COACH_TEST_PG_USER / COACH_TEST_PG_PASSWORD at one.");
        }
        String message = "SKIPPING PostgreSQL tests: " + where
                + ". Start PostgreSQL or set COACH_TEST_PG_URL / COACH_TEST_PG_USER / COACH_TEST_PG_PASSWORD.";
        if (!warned) {
            warned = true;
            System.err.println("[WARNING] " + message);
        }
        Assumptions.abort(message);
    }

    static DatabaseConfig config() {
        return DatabaseConfig.postgres(URL, USER, PASSWORD).withPoolSize(3);
    }

    /**
     * Creates an empty schema with a fresh name ({@code lc_test_<epoch seconds>_<random>}) and returns the name.
     * Schemas of runs that died more than a day ago (killed before their cleanup) are dropped on the way.
     */
    static String createSchema() throws SQLException {
        dropAbandonedSchemas();
        String schema = "lc_test_" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("create schema " + schema);
        return schema;
    }

    private static void dropAbandonedSchemas() throws SQLException {
        long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select nspname from pg_namespace where nspname like 'lc\\_test\\_%'")) {
            while (rs.next()) {
                Matcher m = TEST_SCHEMA.matcher(rs.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < dayAgo) {
                    abandoned.add(rs.getString(1));
                }
            }
        }
        for (String schema : abandoned) {
            dropSchema(schema);
        }
    }

    static void dropSchema(String schema) throws SQLException {
        execute("drop schema if exists " + schema + " cascade");
    }

    static Connection connect() throws SQLException {
        DatabaseConfig c = config();
        return DriverManager.getConnection(c.url(), c.user(), c.password());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String unreachableBecause() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("select 1");
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
