package dev.loopcoach.storage;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserPrefsStore;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The storage entry point: opens (and migrates) the database and hands out the core's storage ports.
 * <pre>{@code
 * try (Storage storage = Storage.open(DatabaseConfig.fromEnvironment(System.getenv(), Path.of("data")))) {
 *     SessionStore sessions = storage.sessions();
 * }
 * }</pre>
 */
public final class Storage implements AutoCloseable {
    /** Hot sessions kept parsed in memory: bounded, and dropped after this long without use. */
    public static final long MAX_HOT_SESSIONS = 10_000;
    public static final Duration HOT_SESSION_IDLE = Duration.ofMinutes(30);
    /** How often (at most) a process removes deliveries older than {@link DeliveryLog#KEEP}. */
    public static final Duration DELIVERY_PRUNE_EVERY = Duration.ofMinutes(10);

    private final Database database;
    private final JdbcSessionStore sessions;
    private final JdbcPracticeLog practice;
    private final JdbcStoryStore stories;
    private final JdbcUserPrefsStore prefs;
    private final JdbcPrivacyStore privacy;
    private final JdbcChannelSettingsStore channelSettings;
    private final JdbcDeliveryLog deliveryLog;
    private final Inbox inbox;
    private final JdbcPlanReminderStore planReminders;
    private final JdbcPracticeBoardStore practiceBoard;
    private final JdbcGuessStore guesses;
    private final JdbcPeerMockStore peerMocks;

    private Storage(Database database, Clock clock) {
        SessionJson json = new SessionJson();
        this.database = database;
        this.sessions = new JdbcSessionStore(database, json, clock, MAX_HOT_SESSIONS, HOT_SESSION_IDLE);
        this.practice = new JdbcPracticeLog(database, clock);
        this.stories = new JdbcStoryStore(database, clock);
        this.prefs = new JdbcUserPrefsStore(database, clock);
        JdbcInbox table = new JdbcInbox(database);
        this.inbox = journalFor(database.config()).map(journal -> (Inbox) JournaledInbox.open(table, journal)).orElse(table);
        this.privacy = new JdbcPrivacyStore(database, json, sessions, this::settleInbox);
        this.channelSettings = new JdbcChannelSettingsStore(database, clock);
        this.deliveryLog = new JdbcDeliveryLog(database, DeliveryLog.KEEP, DELIVERY_PRUNE_EVERY);
        this.planReminders = new JdbcPlanReminderStore(database);
        this.practiceBoard = new JdbcPracticeBoardStore(database);
        this.guesses = new JdbcGuessStore(database);
        this.peerMocks = new JdbcPeerMockStore(database);
    }

    /** @throws StorageException when the database cannot be reached or migrated (the message is safe to show) */
    public static Storage open(DatabaseConfig config) {
        return open(config, Clock.system());
    }

    /** @param clock stamps rows the ports give no time for (when a person was first seen, when a setting changed) */
    public static Storage open(DatabaseConfig config, Clock clock) {
        Database database = Database.open(config);
        try {
            return new Storage(database, clock);
        } catch (RuntimeException e) {
            database.close(); // the inbox journal could not be opened or replayed
            throw e;
        }
    }

    /** Moves letters still in the inbox journal into the table (before a person's data is deleted). */
    private void settleInbox() {
        if (inbox instanceof JournaledInbox journaled) {
            journaled.moveIn();
        }
    }

    public SessionStore sessions() {
        return sessions;
    }

    public PracticeLog practice() {
        return practice;
    }

    public StoryStore stories() {
        return stories;
    }

    public UserPrefsStore prefs() {
        return prefs;
    }

    public PrivacyStore privacy() {
        return privacy;
    }

    public ChannelSettingsStore channelSettings() {
        return channelSettings;
    }

    /** Platform deliveries already handled (e.g. Slack event ids), shared by every process on this database. */
    public DeliveryLog deliveryLog() {
        return deliveryLog;
    }

    /** What people sent that a platform was told we have, kept before the acknowledgement (durable intake). */
    public Inbox inbox() {
        return inbox;
    }

    /** Who asked for a daily prep-plan reminder, and the day each was last reminded (claimed once across processes). */
    public dev.loopcoach.core.port.PlanReminderStore planReminders() {
        return planReminders;
    }

    /** The opt-in practice board: members, shout-out channels and claimed weeks. */
    public dev.loopcoach.core.port.PracticeBoardStore practiceBoard() {
        return practiceBoard;
    }

    /** "Guess the Bar Raiser" rounds and guesses. */
    public dev.loopcoach.core.port.GuessStore guesses() {
        return guesses;
    }

    /** Peer mock interviews: offers, pairs and the interviewers' votes. */
    public dev.loopcoach.core.port.PeerMockStore peerMocks() {
        return peerMocks;
    }

    /**
     * Deletes finished interview sessions last changed before {@code before}, and settled inbox letters older than that
     * (the operator's retention; practice history, stories and plans stay). Returns how many rows went.
     */
    public int pruneFinished(java.time.Instant before) {
        java.time.OffsetDateTime at = Rows.micros(before).atOffset(java.time.ZoneOffset.UTC);
        return database.write(c -> Rows.update(c, "delete from sessions where status = 'finished' and updated_at < ?", at)
                + Rows.update(c, "delete from inbox where done_at is not null and done_at < ?", at));
    }

    /** The connection pool, for db-scheduler and other libraries that take a DataSource. */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** The database wrapper, for later adapters that add their own tables (V2 and on) and queries. */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        if (inbox instanceof JournaledInbox j) {
            j.close(); // its last letters go to the table while the database is still open
        }
        database.close();
    }

    /**
     * The inbox journal of an embedded H2 file, beside it ({@code loopcoach.inbox.journal}); none for PostgreSQL, whose
     * processes share one inbox table, nor for H2 in memory or on another file system. Empty too when another store in
     * this process holds the journal already (tests open two stores on one file): that one keeps letters in the table.
     */
    static java.util.Optional<LetterJournal> journalFor(DatabaseConfig config) {
        String url = config.url();
        if (!url.startsWith("jdbc:h2:file:")) {
            return java.util.Optional.empty();
        }
        int end = url.indexOf(';');
        java.nio.file.Path file = java.nio.file.Path.of((end < 0 ? url : url.substring(0, end)).substring("jdbc:h2:file:".length())
                + ".inbox.journal");
        try {
            return LetterJournal.open(file);
        } catch (java.io.IOException e) {
            throw new StorageException("the inbox journal " + file + " could not be opened: " + e.getMessage(), e);
        }
    }
}
