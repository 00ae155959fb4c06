package dev.loopcoach.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use (127.0.0.1:5432, database test, user postgres unless overridden by
 * COACH_TEST_PG_URL / COACH_TEST_PG_USER / COACH_TEST_PG_PASSWORD). With CI=true an unreachable server fails
 * the run; elsewhere the test is skipped with a visible message.
 */
final class PostgresForTests {
    static final String URL = env("COACH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("COACH_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("COACH_TEST_PG_PASSWORD", "");

    private PostgresForTests() {
    }

    /** A fresh schema for one test; the returned URL points the connection at it. */
    static String freshSchemaUrl(String[] schemaOut) {
        String schema = "lc_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL at " + URL + " is not reachable (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI=true requires it");
            }
            System.err.println("[WARNING] skipping a PostgreSQL test: " + why);
            Assumptions.abort(why);
        }
        schemaOut[0] = schema;
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void drop(String schema) {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("[WARNING] could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    /** The environment that points a launched coach at {@code url}, with its data directory. */
    static java.util.Map<String, String> launcherEnv(String url, java.nio.file.Path dataDir) {
        java.util.Map<String, String> env = new java.util.HashMap<>(java.util.Map.of("COACH_DB_URL", url, "COACH_DB_USER", USER,
                "COACH_DATA_DIR", dataDir.toString()));
        password().ifPresent(p -> env.put("COACH_DB_PASSWORD", p));
        return env;
    }

    static Optional<String> password() {
        return PASSWORD.isEmpty() ? Optional.empty() : Optional.of(PASSWORD);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
