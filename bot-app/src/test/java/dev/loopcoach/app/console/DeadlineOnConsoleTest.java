package dev.loopcoach.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console runs on the candidate's machine: a deadline is shown on its own clock. */
class DeadlineOnConsoleTest {
    @TempDir
    Path files;

    @Test
    void givenADeadline_thenTheConsoleShowsTheLocalTime() {
        Instant at = Instant.parse("2027-01-06T14:35:00Z");
        String local = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.systemDefault()));

        String shown = new ConsoleView(files, "t").render(Reply.builder(Reply.Kind.INFO)
                .block(new Block.Deadline("Time box ends", at)).build());

        assertThat(shown).contains("Time box ends at " + local + ".");
    }
}
