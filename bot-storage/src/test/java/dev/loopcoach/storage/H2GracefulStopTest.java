package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
                    // work still draining: H2's own hook, when enabled, closes the database during this half second.
                    // The overlap of two shutdown hooks is what is tested, and only time can make them overlap.
                    Thread.sleep(500);
                    c.createStatement().execute("INSERT INTO drained VALUES (1, 'written during shutdown')");
                    c.close();
                } catch (Exception e) {
                    System.out.println("SHUTDOWN WRITE FAILED: " + e);
                }
            }));
            System.out.println("READY");
            System.out.flush();
            Thread.currentThread().join(); // until the test stops this process
        }
    }

    @Test
    void givenSigtermWhileDraining_theLastWriteStillLands(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        StringBuffer printed = new StringBuffer();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    printed.append(line).append('\n');
                    if (line.equals("READY")) {
                        ready.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process is gone
            }
        });
        reader.start();
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("the child started: %s", printed).isTrue();

        p.destroy(); // SIGTERM
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        reader.join(10_000);
        assertThat(printed.toString()).doesNotContain("SHUTDOWN WRITE FAILED");
        DatabaseConfig config = DatabaseConfig.h2File(dir);
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             ResultSet rs = c.createStatement().executeQuery("SELECT note FROM drained WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written during shutdown");
        }
    }
}
