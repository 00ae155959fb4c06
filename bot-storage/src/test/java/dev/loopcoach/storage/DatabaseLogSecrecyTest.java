package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Everything HikariCP, Flyway and our code log at DEBUG while opening a database, read for the password. */
class DatabaseLogSecrecyTest {
    private static final String SECRET = "pw-" + UUID.randomUUID();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> consoleAppenders = new ArrayList<>();
    private Level previous;

    @BeforeEach
    void captureEverything() {
        previous = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(consoleAppenders::add);
        consoleAppenders.forEach(root::detachAppender);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
    }

    @AfterEach
    void restore() {
        root.setLevel(previous);
        root.detachAppender(captured);
        consoleAppenders.forEach(root::addAppender);
    }

    @Test
    void givenH2PasswordInTheUrl_whenOpened_thenNoLogLineHoldsIt() {
        String url = "jdbc:h2:mem:secrecy-" + UUID.randomUUID() + DatabaseConfig.H2_SETTINGS + ";PASSWORD=" + SECRET;

        try (Database db = Database.open(new DatabaseConfig(url, "sa", null, 2, null))) {
            boolean valid = db.read(c -> c.isValid(1));
            assertThat(valid).isTrue();
        }

        assertThat(captured.list).as("something was logged").isNotEmpty();
        assertNoEventMentions(SECRET);
    }

    @Test
    void givenPostgresPasswordInTheUrl_whenOpenedAndWhenUnreachable_thenNoLogLineOrErrorHoldsIt() {
        PostgresTestDatabase.requireReachable();
        String url = PostgresTestDatabase.URL + (PostgresTestDatabase.URL.contains("?") ? "&" : "?") + "password=" + SECRET;

        try (Database db = Database.open(DatabaseConfig.postgres(url, PostgresTestDatabase.USER, null))) {
            assertThat(db.config().url()).doesNotContain(SECRET);
        }
        assertThatThrownBy(() -> Database.open(DatabaseConfig.postgres(
                "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2&password=" + SECRET, "postgres", null)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot connect")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));

        assertThat(captured.list).as("something was logged").isNotEmpty();
        assertNoEventMentions(SECRET);
    }

    private void assertNoEventMentions(String secret) {
        List<String> leaks = captured.list.stream()
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .filter(line -> line.contains(secret))
                .toList();
        assertThat(leaks).isEmpty();
    }
}
