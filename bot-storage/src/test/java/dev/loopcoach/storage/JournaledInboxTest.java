package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.storage.faults.ChildJvm;
import dev.loopcoach.storage.faults.DiskFullChannel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's inbox journal ({@link JournaledInbox}, {@link LetterJournal}) on a real H2 file: a kept letter
 * is a repeat wherever it is, it survives the process (SIGKILL included), it reaches the table with its work or within
 * seconds, a person's delete reaches it, and a full disk refuses it plainly.
 */
class JournaledInboxTest {
    private static final UserKey ANA = new UserKey("slack", "U-ana");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static Inbox.Letter letter(String id, String text) {
        return new Inbox.Letter("slack", id, ANA, Inbox.Kind.ANSWER, text, "U-ana", Instant.now());
    }

    private DatabaseConfig config() {
        return DatabaseConfig.h2File(dir);
    }

    private Path journalFile() {
        return dir.resolve("loopcoach.inbox.journal");
    }

    @Test
    void givenAKeptLetter_thenItIsARepeatWhileJournaled_onceInTheTable_andAfterARestart() {
        Inbox.Letter ev1 = letter("Ev1", "my answer");
        try (Storage storage = Storage.open(config())) {
            assertThat(storage.inbox()).isInstanceOf(JournaledInbox.class);
            assertThat(storage.inbox().keepsLocally()).as("no commit before the ack").isTrue();
            assertThat(storage.inbox().keep(ev1)).isTrue();
            assertThat(storage.inbox().keep(ev1)).as("while journaled").isFalse();
            assertThat(storage.inbox().begin(ev1, Instant.now())).isTrue();
            assertThat(storage.inbox().keep(ev1)).as("once in the table").isFalse();
        }
        try (Storage restarted = Storage.open(config())) {
            assertThat(restarted.inbox().keep(ev1)).as("after a restart").isFalse();
        }
    }

    @Test
    void givenLettersAProcessJournaledBeforeItDied_whenTheStoreOpens_thenTheyAreInTheTable_andTheJournalIsEmpty() throws Exception {
        try (Storage first = Storage.open(config())) {
            first.inbox(); // creates the database; closed cleanly, with an empty journal
        }
        try (LetterJournal journal = LetterJournal.open(journalFile()).orElseThrow()) {
            journal.append(letter("Ev1", "first answer")); // written, then the process died before moving it
            journal.append(letter("Ev2", "second answer"));
        }
        try (Storage restarted = Storage.open(config())) {
            assertThat(restarted.inbox().unfinished("slack", FAR, 10)).extracting(Inbox.Letter::text)
                    .containsExactly("first answer", "second answer");
            assertThat(Files.size(journalFile())).isZero();
        }
    }

    @Test
    void givenAJournaledLetter_whenItsWorkBegins_thenItIsTakenOnce_andDoneCloses() {
        Inbox.Letter ev1 = letter("Ev1", "my answer");
        try (Storage storage = Storage.open(config())) {
            JournaledInbox inbox = (JournaledInbox) storage.inbox();
            inbox.keep(ev1);
            assertThat(inbox.pending()).isEqualTo(1);
            assertThat(inbox.begin(ev1, Instant.now())).isTrue();
            assertThat(inbox.pending()).isZero();
            assertThat(inbox.begin(ev1, Instant.now())).as("taken already").isFalse();
            inbox.done("slack", "Ev1");
            assertThat(inbox.unfinished("slack", FAR, 10)).isEmpty();
        }
    }

    @Test
    void givenALetterWhoseWorkHasNotBegun_thenTheMoverPutsItInTheTable_andEmptiesTheJournal() throws Exception {
        try (Storage storage = Storage.open(config())) {
            JournaledInbox inbox = (JournaledInbox) storage.inbox();
            inbox.keep(letter("Ev1", "waiting in the queue"));
            inbox.nextPass().get(10, TimeUnit.SECONDS); // a pass already under way may have missed the letter,
            inbox.nextPass().get(10, TimeUnit.SECONDS); // the one after it cannot
            assertThat(inbox.pending()).isZero();
            assertThat(Files.size(journalFile())).isZero();
            assertThat(storage.inbox().keep(letter("Ev1", "a retry"))).isFalse();
        }
        try (Connection c = DriverManager.getConnection(config().url(), config().user(), config().password());
             PreparedStatement ps = c.prepareStatement("select body from inbox where delivery_id = 'Ev1'");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("waiting in the queue");
        }
    }

    @Test
    void givenAPersonsLetterStillJournaled_whenTheirDataIsDeleted_thenItsTextIsGoneToo() throws Exception {
        try (Storage storage = Storage.open(config())) {
            storage.inbox().keep(letter("Ev1", "words of a person who asked to be forgotten"));
            storage.privacy().deleteAll(ANA);
            assertThat(storage.inbox().unfinished("slack", FAR, 10)).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(config().url(), config().user(), config().password());
             PreparedStatement ps = c.prepareStatement("select count(*) from inbox where body is not null");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(Files.size(journalFile())).isZero();
    }

    @Test
    void givenAFullDisk_whenALetterIsKept_thenTheStoreRefusesIt_andOnceSpaceIsFreedTheSameLetterIsKept() throws Exception {
        try (Storage created = Storage.open(config())) {
            created.inbox(); // the schema
        }
        try (Database db = Database.open(config())) {
            DiskFullChannel disk = new DiskFullChannel(FileChannel.open(journalFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE));
            LetterJournal journal = LetterJournal.on(journalFile(), disk).orElseThrow();
            try (JournaledInbox inbox = JournaledInbox.open(new JdbcInbox(db), journal)) {
                inbox.keep(letter("Ev0", "before the disk filled"));
                disk.fill();
                assertThatThrownBy(() -> inbox.keep(letter("Ev1", "sent while the disk was full")))
                        .isInstanceOf(StorageException.class).hasMessageContaining("No space left on device");
                disk.free();
                assertThat(inbox.keep(letter("Ev1", "sent again"))).as("not remembered as kept").isTrue();
            }
            try (LetterJournal reread = LetterJournal.open(journalFile()).orElseThrow()) {
                assertThat(reread.readAll()).as("moved into the table at close").isEmpty();
            }
            assertThat(new JdbcInbox(db).unfinished("slack", FAR, 10)).extracting(Inbox.Letter::text)
                    .containsExactly("before the disk filled", "sent again");
        }
    }

    @Test
    void givenAKeeperKilledWithSigkill_whenRestarted_thenEveryLetterItReportedKeptIsThere() throws Exception {
        Process keeper = ChildJvm.start(LetterKeeper.class, dir.toString());
        List<String> kept = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(keeper.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (kept.size() < 500 && (line = out.readLine()) != null) {
                if (line.startsWith("KEPT ")) {
                    kept.add(line.substring(5));
                }
            }
            keeper.destroyForcibly();
            assertThat(keeper.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            keeper.destroyForcibly();
        }
        assertThat(keeper.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        assertThat(kept).hasSize(500);
        try (Storage restarted = Storage.open(config())) {
            List<String> there = restarted.inbox().unfinished("slack", FAR, 100_000).stream().map(Inbox.Letter::deliveryId).toList();
            assertThat(there).containsAll(kept);
        }
    }
}
