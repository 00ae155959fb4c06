package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterJournalTest {
    @TempDir
    Path dir;

    private static Inbox.Letter letter(int i, String text) {
        return new Inbox.Letter(i % 2 == 0 ? "slack" : "discord", "d-" + i, new UserKey("slack", "U" + i),
                Inbox.Kind.values()[i % Inbox.Kind.values().length], text, "U" + i, Instant.ofEpochSecond(1_700_000_000L + i, 123_456_789));
    }

    private Path file() {
        return dir.resolve("loopcoach.inbox.journal");
    }

    @Test
    void givenLettersOfEveryKindAndSize_whenReadBackAfterAReopen_thenEachIsWhole() throws Exception {
        List<Inbox.Letter> written = new ArrayList<>();
        written.add(letter(0, ""));
        written.add(letter(1, "Ünïcödé: 你好, emoji 🚀, quotes \"\" and a\nnew line"));
        written.add(letter(2, "x".repeat(Inbox.MAX_TEXT)));
        written.add(letter(3, "€".repeat(Inbox.MAX_TEXT))); // three bytes a character in UTF-8
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            for (Inbox.Letter l : written) {
                journal.append(l);
            }
        }
        try (LetterJournal reopened = LetterJournal.open(file()).orElseThrow()) {
            assertThat(reopened.readAll()).containsExactlyElementsOf(written);
        }
    }

    @Test
    void givenARecordTornAtTheEnd_thenTheWholeOnesBeforeItAreRead_andTheNextAppendGoesOverIt() throws Exception {
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            journal.append(letter(1, "first"));
            journal.append(letter(2, "second"));
        }
        long whole = Files.size(file());
        byte[] third = LetterJournal.encode(letter(3, "third, cut short by a crash"));
        try (FileChannel raw = FileChannel.open(file(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            raw.write(ByteBuffer.allocate(8 + 10).putInt(third.length).putInt(42).put(third, 0, 10).flip());
        }
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            assertThat(journal.readAll()).extracting(Inbox.Letter::text).containsExactly("first", "second");
            assertThat(journal.size()).isEqualTo(whole);
            journal.append(letter(4, "after the crash"));
        }
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            assertThat(journal.readAll()).extracting(Inbox.Letter::text).containsExactly("first", "second", "after the crash");
        }
    }

    @Test
    void givenDamagedBytesInARecord_thenReadingStopsBeforeIt() throws Exception {
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            journal.append(letter(1, "first"));
            journal.append(letter(2, "second"));
        }
        byte[] bytes = Files.readAllBytes(file());
        bytes[bytes.length - 3] ^= 0x55; // a flipped byte inside the second letter
        Files.write(file(), bytes);
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            assertThat(journal.readAll()).extracting(Inbox.Letter::text).containsExactly("first");
        }
    }

    @Test
    void givenRandomBytes_thenReadingNeverThrows_andFindsNoLetter() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            Files.write(file(), noise);
            try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
                assertThat(journal.readAll()).as("seed 7, round " + round).isEmpty();
            }
        }
    }

    @Test
    void givenAClearedJournal_thenTheFileIsEmpty_andAppendsStartAgain() throws Exception {
        try (LetterJournal journal = LetterJournal.open(file()).orElseThrow()) {
            journal.append(letter(1, "first"));
            journal.clear();
            assertThat(Files.size(file())).isZero();
            journal.append(letter(2, "second"));
            assertThat(journal.readAll()).extracting(Inbox.Letter::text).containsExactly("second");
        }
    }

    @Test
    void givenAJournalHeldByOneStore_thenASecondOpenInThisProcessGetsNone() throws Exception {
        try (LetterJournal first = LetterJournal.open(file()).orElseThrow()) {
            assertThat(LetterJournal.open(file())).isEmpty();
            first.append(letter(1, "still mine"));
        }
        try (LetterJournal again = LetterJournal.open(file()).orElseThrow()) {
            assertThat(again.readAll()).hasSize(1);
        }
    }
}
