package dev.loopcoach.app.console;

import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders core replies as terminal text; files (the radar PNG, the data export) are written to disk and their path printed. */
public final class ConsoleView {
    private static final int WIDTH = 100;
    private final Path fileDir;
    private final String filePrefix;

    public ConsoleView(Path fileDir, String filePrefix) {
        this.fileDir = fileDir;
        this.filePrefix = filePrefix;
    }

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Heading h) {
                out.append('\n').append("== ").append(clean(h.text())).append(" ==").append('\n');
            } else if (b instanceof Block.Paragraph p) {
                if (!p.text().isBlank()) {
                    out.append(wrap(clean(p.text()), "")).append('\n');
                }
            } else if (b instanceof Block.Bullets l) {
                if (!l.title().isBlank()) {
                    out.append(clean(l.title())).append(':').append('\n');
                }
                l.items().forEach(i -> out.append(wrap(clean(i), "  - ", "    ")).append('\n'));
            } else if (b instanceof Block.Quote q) {
                out.append(wrap(clean(q.text()), "  > ", "  > ")).append('\n');
            } else if (b instanceof Block.Fields f) {
                out.append(f.fields().stream().map(x -> clean(x.name()) + ": " + clean(x.value())).collect(Collectors.joining("  |  "))).append('\n');
            } else if (b instanceof Block.QuestionCard c) {
                out.append('\n').append(clean(c.label())).append(tagLine(c)).append('\n');
                out.append(wrap(clean(c.text()), "  ", "  ")).append('\n');
            } else if (b instanceof Block.Image i) {
                out.append(writeFile(i.fileName(), i.png(), i.altText())).append('\n');
            } else if (b instanceof Block.Attachment a) {
                out.append(writeFile(a.fileName(), a.content(), a.summary())).append('\n');
            } else if (b instanceof Block.Divider) {
                out.append('\n');
            } else if (b instanceof Block.Deadline d) {
                // the console runs on the candidate's own machine: its clock's zone is theirs
                out.append(d.label()).append(" at ").append(java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(d.at().atZone(java.time.ZoneId.systemDefault()))).append('.').append('\n');
            }
        }
        List<String> hints = new ArrayList<>();
        for (Action a : reply.actions()) {
            if (a == Action.ANSWER) {
                hints.add("type your answer, then an empty line (or /done)");
            } else if (a == Action.CONFIRM_DELETE) {
                hints.add("yes to delete");
            } else if (a == Action.KEEP_DATA) {
                hints.add("no to keep it");
            } else if (!a.consoleHint().isBlank()) {
                hints.add(a.consoleHint());
            }
        }
        if (!hints.isEmpty()) {
            out.append("Next: ").append(String.join("  |  ", hints)).append('\n');
        }
        return out.toString();
    }

    /** "  [mx-01 | Dive Deep | Behavioral (Leadership Principles) | Senior PM]": the question id first, so it can be asked again. */
    private static String tagLine(Block.QuestionCard c) {
        List<String> parts = new ArrayList<>();
        if (!c.questionId().isBlank()) {
            parts.add(c.questionId());
        }
        parts.addAll(c.tags());
        return parts.isEmpty() ? "" : "  [" + clean(String.join(" | ", parts)) + "]";
    }

    /** Removes every file this user's console wrote (exports, charts); returns how many were removed. */
    public int deleteFiles() {
        if (!Files.isDirectory(fileDir)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.list(fileDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(filePrefix)).toList()) {
                Files.deleteIfExists(p);
                removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove files in " + fileDir, e);
        }
        return removed;
    }

    private String writeFile(String name, byte[] content, String description) {
        try {
            Files.createDirectories(fileDir);
            Path file = fileDir.resolve(filePrefix + name);
            Files.write(file, content);
            return "[" + description + "] written to " + file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to " + fileDir, e);
        }
    }

    /** Control characters from user text must not drive the terminal. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || !Character.isISOControl(cp)) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    static String wrap(String text, String indent) {
        return wrap(text, indent, indent);
    }

    static String wrap(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        boolean firstParagraph = true;
        for (String para : text.split("\n", -1)) {
            if (!firstParagraph) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder(firstParagraph ? first : rest);
            firstParagraph = false;
            int prefix = line.length();
            for (String word : para.split(" ")) {
                if (line.length() > prefix && line.length() + word.length() + 1 > WIDTH) {
                    out.append(line).append('\n');
                    line = new StringBuilder(rest);
                    prefix = line.length();
                }
                if (line.length() > prefix) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.append(line);
        }
        return out.toString();
    }
}
