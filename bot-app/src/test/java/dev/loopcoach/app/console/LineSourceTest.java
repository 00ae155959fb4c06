package dev.loopcoach.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal line source (JLine) reads edited lines, ends at end of input, and keeps a history across runs. */
class LineSourceTest {
    @TempDir
    Path dir;

    private static Terminal dumb(String typed, ByteArrayOutputStream shown) throws Exception {
        return new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                shown, StandardCharsets.UTF_8);
    }

    @Test
    void givenTypedLines_thenEachIsReadAfterItsPrompt_theEndIsNull_andTheHistoryIsKept() throws Exception {
        Path history = dir.resolve("console-history");
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (LineSource lines = LineSource.terminal(dumb("/lp dive deep\nI cut returns by 9%!\n", shown), history)) {
            assertThat(lines.next("> ")).isEqualTo("/lp dive deep");
            assertThat(lines.next("> ")).isEqualTo("I cut returns by 9%!"); // "!" is text, not a history event
            assertThat(lines.next("> ")).isNull();
        }
        assertThat(shown.toString(StandardCharsets.UTF_8)).contains("> ");
        assertThat(Files.readString(history)).contains("/lp dive deep").contains("I cut returns by 9%!");

        try (LineSource again = LineSource.terminal(dumb("", new ByteArrayOutputStream()), history)) {
            assertThat(again.next("> ")).isNull();
        }
        assertThat(Files.readString(history)).contains("/lp dive deep");
    }
}
