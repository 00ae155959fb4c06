package dev.loopcoach.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the console's lines come from: a terminal with line editing and history (JLine) when a person types, or
 * plain lines when the input is piped (scripts, tests). Returns null at the end of the input.
 */
public interface LineSource extends AutoCloseable {
    /** The next line, after showing {@code prompt}; null at the end of the input. */
    String next(String prompt) throws IOException;

    @Override
    default void close() {
    }

    /** Piped input: the prompt is shown only when a person is typing ({@code interactive}). */
    static LineSource plain(BufferedReader in, PrintStream out, boolean interactive) {
        return prompt -> {
            if (interactive) {
                out.print(prompt);
                out.flush();
            }
            return in.readLine();
        };
    }

    /**
     * A terminal: arrow keys, Ctrl+A/E, a history kept across runs in {@code history} (Ctrl+R searches it). Ctrl+C
     * clears the line rather than quitting; Ctrl+D on an empty line ends the input like the end of a file.
     */
    static LineSource terminal(Path history) {
        try {
            return terminal(TerminalBuilder.builder().system(true).build(), history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #terminal(Path)}, on a given terminal (tests use a dumb one over streams). */
    static LineSource terminal(Terminal terminal, Path history) {
        {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.HISTORY_SIZE, 500)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" in an answer is just a character
                    .build();
            return new LineSource() {
                @Override
                public String next(String prompt) {
                    while (true) {
                        try {
                            return reader.readLine(prompt);
                        } catch (UserInterruptException e) {
                            // Ctrl+C: a fresh line, nothing lost that was already sent
                        } catch (EndOfFileException e) {
                            return null;
                        }
                    }
                }

                @Override
                public void close() {
                    try {
                        reader.getHistory().save();
                        terminal.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }
}
