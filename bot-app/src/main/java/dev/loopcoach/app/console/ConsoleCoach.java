package dev.loopcoach.app.console;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal coach: the same commands as the chat platforms, typed. Free text is an answer; it ends at an
 * empty line or /done (a written exercise ends only at /done, so its paragraphs can have blank lines between them).
 * Works interactively and with piped stdin.
 */
public final class ConsoleCoach {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleCoach.class);
    private final Coach coach;
    private final UserKey user;
    private final ConsoleView view;
    private final TextCommandParser parser;
    private final boolean interactive;

    public ConsoleCoach(Coach coach, UserKey user, ConsoleView view, boolean interactive) {
        this.coach = coach;
        this.user = user;
        this.view = view;
        this.interactive = interactive;
        this.parser = TextCommandParser.forBank(coach.deps().bank());
    }

    public void run(BufferedReader in, PrintStream out) throws IOException {
        run(LineSource.plain(in, out, interactive), out);
    }

    public void run(LineSource in, PrintStream out) throws IOException {
        out.println("Loop Coach: Amazon PM interview practice. Type /help for commands, /mockinterview to start, /quit to leave.");
        guarded(out, () -> coach.sessions().pendingReminder(user).ifPresent(out::println));
        List<String> answer = new ArrayList<>();
        String line;
        while ((line = in.next(prompt(answer))) != null) {
            String current = line;
            if (!guarded(out, () -> handleLine(current, answer, out))) {
                continue;
            }
            if (quit) {
                return;
            }
        }
        guarded(out, () -> submit(answer, out));
    }

    /** The storage could not be reached (database down, disk full): one friendly line, never a stack trace. */
    static final String STORAGE_DOWN = "I can't reach my storage right now, so nothing was changed; try again in a minute.";

    private boolean quit;

    /** Runs one step of the loop; a failure of the store outside the coach's own guard becomes one friendly line. */
    private boolean guarded(PrintStream out, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuntimeException e) {
            LOG.error("console step failed: {}", e.toString());
            out.println(STORAGE_DOWN);
            return false;
        }
    }

    /** Whether a memo is being written; unknown while the store is down, when a typed line is simply kept. */
    private boolean awaitsLongText() {
        try {
            return coach.sessions().awaitsLongText(user);
        } catch (RuntimeException e) {
            LOG.warn("cannot tell whether a memo is being written: {}", e.toString());
            return false;
        }
    }

    /** True right after "Delete all your data?": the next yes or no answers the question, not the interview. */
    private boolean confirming;

    /** After a bare "/story bullets": the lines that follow, up to an empty line, are resume bullets, not an answer. */
    private final List<String> bullets = new ArrayList<>();
    private boolean collectingBullets;

    private void handleLine(String line, List<String> answer, PrintStream out) {
        String trimmed = line.strip();
        if (collectingBullets) {
            if (!trimmed.isEmpty()) {
                bullets.add(line);
                return;
            }
            collectingBullets = false;
            String pasted = String.join("\n", bullets);
            bullets.clear();
            show(coach.handle(user, new CoachCommand.DraftStoriesFromBullets(pasted)), out);
            return;
        }
        if (answer.isEmpty() && trimmed.equalsIgnoreCase("/story bullets")) {
            collectingBullets = true;
            out.println("Paste your resume bullets, one per line, then an empty line.");
            return;
        }
        if (confirming && answer.isEmpty()) {
            confirming = false;
            String word = trimmed.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
            if (YES.contains(word)) {
                handleCommand("/mydata delete confirm", out);
                return;
            }
            if (NO.contains(word)) {
                out.println("Kept: nothing was deleted.");
                return;
            }
        }
        boolean longText = awaitsLongText();
        if (trimmed.equalsIgnoreCase("/quit") || trimmed.equalsIgnoreCase("/exit")) {
            submit(answer, out);
            out.println("Bye. Your progress is saved; /resume continues an unfinished interview next time.");
            quit = true;
            return;
        }
        if (trimmed.equalsIgnoreCase("/done") || trimmed.equalsIgnoreCase("/submit")) {
            if (longText) {
                // A memo: send what was typed as its last part, then hand the whole draft in.
                submit(answer, out);
                handleCommand("/done", out);
            } else if (!answer.isEmpty()) {
                submit(answer, out);
            } else {
                out.println("There is no answer to send yet: type it first, then an empty line or /done.");
            }
        } else if (trimmed.startsWith("/") && (answer.isEmpty() || isCommand(trimmed))) {
            submit(answer, out);
            handleCommand(trimmed, out);
        } else if (trimmed.isEmpty()) {
            if (longText) {
                if (!answer.isEmpty()) {
                    answer.add("");
                }
            } else {
                submit(answer, out);
            }
        } else {
            answer.add(line.stripTrailing());
        }
    }

    private void handleCommand(String line, PrintStream out) {
        ParseResult parsed = parser.parse(line);
        if (parsed instanceof ParseResult.Parsed p) {
            show(coach.handle(user, p.command()), out);
            if (p.command() instanceof CoachCommand.DeleteMyData d && d.confirmed()) {
                int files = view.deleteFiles();
                if (files > 0) {
                    out.println("Also removed " + files + (files == 1 ? " file" : " files") + " I had written for you (exports, charts).");
                }
            }
        } else {
            out.println(((ParseResult.Invalid) parsed).message());
        }
    }

    /** A line starting with / inside an answer is a command only if it names one (so "/s" in prose stays prose). */
    private boolean isCommand(String line) {
        String word = line.substring(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !word.isEmpty() && parser.parse("/" + word) instanceof ParseResult.Parsed
                || word.equals("mockinterview") || word.equals("story") || word.equals("mydata");
    }

    private void submit(List<String> answer, PrintStream out) {
        while (!answer.isEmpty() && answer.get(answer.size() - 1).isBlank()) {
            answer.remove(answer.size() - 1);
        }
        if (answer.isEmpty()) {
            return;
        }
        String text = String.join("\n", answer);
        answer.clear();
        Reply reply = coach.handle(user, new CoachCommand.SubmitAnswer(text));
        show(reply, out);
        if (Coach.failed(reply)) {
            // the answer was not taken: keep it, and show it, so nothing typed is lost
            answer.addAll(List.of(text.split("\n", -1)));
            out.println("Your answer is kept here; send an empty line (or /done) to try it again:");
            out.println(text);
        }
    }

    private static final java.util.Set<String> YES = java.util.Set.of("yes", "y", "yes, delete", "yes delete", "delete");
    private static final java.util.Set<String> NO = java.util.Set.of("no", "n", "keep", "cancel", "no, keep");

    private void show(Reply reply, PrintStream out) {
        confirming = reply.actions().contains(dev.loopcoach.core.reply.Action.CONFIRM_DELETE);
        out.print(view.render(reply));
        out.flush();
    }

    /** "> " for a new line, "| " while an answer spans several lines. */
    private static String prompt(List<String> answer) {
        return answer.isEmpty() ? "> " : "| ";
    }
}
