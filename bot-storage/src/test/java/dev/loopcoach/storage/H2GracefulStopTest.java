package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGTERM to a real JVM using the default H2 store: the app's own shutdown hook still writes what it was draining,
 * because H2 no longer closes the database from its own hook first (DB_CLOSE_ON_EXIT=FALSE).
 */
class H2GracefulStopTest {

    /** The child process: opens the store, then on SIGTERM waits a moment (draining) and writes a row before closing. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            DatabaseConfig config = DatabaseConfig.h2File(Path.of(args[0]));
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS drained (id INT PRIMARY KEY, note VARCHAR(100))");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(500); // the queue is still draining when H2's own hook would have run
                    c.createStatement().execute("INSERT INTO drained VALUES (1, 'written during shutdown')");
                    c.close();
                } catch (Exception e) {
                    System.out.println("SHUTDOWN WRITE FAILED: " + e);
                }
            }));
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void givenSigtermWhileDraining_theLastWriteStillLands(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(log).contains("READY") && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(log)).contains("READY");

        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(log)).doesNotContain("SHUTDOWN WRITE FAILED");
        DatabaseConfig config = DatabaseConfig.h2File(dir);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT note FROM drained WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written during shutdown");
        }
    }
}
