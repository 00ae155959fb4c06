package dev.loopcoach.core.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads typed commands such as {@code /mockinterview behavioral senior dive deep} or {@code /coach lp backbone}.
 * Shared by the console and by adapters whose platforms pass arguments as free text (Slack).
 * Arguments may come in any order; whatever is neither a type nor a level is read as a principle. {@code /question}
 * also takes a question id ({@code /question mx-01}).
 */
public final class TextCommandParser {
    /** The types /mockinterview takes: the categories ("writing" among them) and the full loop. */
    private static final String TYPES = Category.keys() + ", loop";
    /** How much of the user's own input a message quotes back. */
    private static final int ECHO_MAX = 60;
    /** What a question id clearly looks like: words joined by dashes, ending in a number ("mx-01", "bq-dd-03", "my-team-001"). */
    private static final Pattern ID_SHAPE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[0-9]+");

    /** Ids that are bank questions although they lack the usual shape (a custom pack may name one "onboarding-story"). */
    private final Predicate<String> knownQuestionId;

    /** A parser that recognises question ids by their shape alone. */
    public TextCommandParser() {
        this(id -> false);
    }

    /** @param knownQuestionId true for the (lower-case) ids of bank questions */
    public TextCommandParser(Predicate<String> knownQuestionId) {
        this.knownQuestionId = knownQuestionId;
    }

    /** A parser that also recognises every id in {@code bank}, whatever its shape. */
    public static TextCommandParser forBank(QuestionBank bank) {
        return new TextCommandParser(id -> bank.find(id).isPresent());
    }

    public ParseResult parse(String line) {
        String input = line == null ? "" : line.strip();
        if (!input.startsWith("/")) {
            return invalid("Commands start with /. Type /help to see them.");
        }
        String[] words = input.substring(1).split("\\s+");
        String name = words[0].toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
        if (name.equals("coach")) {
            if (args.isEmpty()) {
                return new ParseResult.Parsed(new CoachCommand.Help());
            }
            name = args.remove(0).toLowerCase(Locale.ROOT);
        }
        return command(name, args, rest(input));
    }

    private ParseResult command(String name, List<String> args, String raw) {
        switch (name) {
            case "mockinterview", "mock", "interview", "start":
                return startInterview(args);
            case "question", "q":
                return oneQuestion(args);
            case "lp", "principle":
                return parsed(new CoachCommand.ExplainLp(args.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", args))));
            case "help", "h", "?":
                return parsed(new CoachCommand.Help());
            case "hint":
                return parsed(new CoachCommand.Hint());
            case "done", "submit":
                return parsed(new CoachCommand.FinishDraft());
            case "skip", "next":
                return parsed(new CoachCommand.Skip());
            case "repeat", "again":
                return parsed(new CoachCommand.Repeat());
            case "end", "stop", "quit-interview":
                return parsed(new CoachCommand.End());
            case "resume", "continue":
                return parsed(new CoachCommand.Resume());
            case "progress", "stats":
                return parsed(new CoachCommand.ShowProgress());
            case "timezone", "tz", "time-zone":
                return parsed(new CoachCommand.SetTimeZone(String.join(" ", args)));
            case "history", "attempts":
                return parsed(new CoachCommand.ShowHistory(args.isEmpty() ? Optional.empty() : Optional.of(args.get(0))));
            case "drill", "drills":
                return parsed(new CoachCommand.Drill(raw));
            case "verdicts", "verdict":
                return parsed(new CoachCommand.Verdicts(String.join(" ", args)));
            case "plan", "prep":
                return parsed(new CoachCommand.Plan(String.join(" ", args)));
            case "stories":
                return parsed(new CoachCommand.ListStories());
            case "story":
                return story(args, raw);
            case "mydata", "my-data", "data":
                return myData(args);
            case "process", "levels", "star":
                return parsed(new CoachCommand.Handbook(name, Optional.empty()));
            case "tips":
                return parsed(new CoachCommand.Handbook("tips", args.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", args))));
            case "answer":
                return args.isEmpty() ? invalid("Type your answer after /answer, or just type it on its own.")
                        : parsed(new CoachCommand.SubmitAnswer(raw.substring(raw.indexOf(args.get(0)))));
            default:
                return invalid("I don't know /" + echo(name) + ". Type /help to see what I can do.");
        }
    }

    private ParseResult startInterview(List<String> args) {
        if (!args.isEmpty() && args.get(0).equalsIgnoreCase("loop")) {
            List<String> rest = args.subList(1, args.size());
            if (rest.isEmpty()) {
                return parsed(new CoachCommand.StartLoop(Optional.empty()));
            }
            Optional<Level> level = Level.parse(String.join("_", rest));
            return level.isEmpty() ? invalid("Unknown level \"" + echo(String.join(" ", rest)) + "\". Use one of: " + Level.keys() + ".")
                    : parsed(new CoachCommand.StartLoop(level));
        }
        if (!args.isEmpty() && args.get(0).equalsIgnoreCase("peer")) {
            // pairing needs other members: a Discord server or a Slack workspace, never the one-person console
            return invalid("Peer mock interviews pair two members of a Discord server or a Slack workspace: type "
                    + "`/mockinterview peer [level] [when]` there. Here, `/mockinterview` starts a mock with the coach.");
        }
        if (!args.isEmpty() && args.get(0).equalsIgnoreCase("writing")) {
            return parsed(new CoachCommand.StartWriting(args.size() > 1 ? Optional.of(args.get(1)) : Optional.empty()));
        }
        // "timed": each answer gets a two-minute target and the feedback says how long it took
        boolean timed = args.removeIf(w -> w.equalsIgnoreCase("timed"));
        return practiceArgs(args, "/mockinterview").map(a -> (CoachCommand) new CoachCommand.StartInterview(a.type, a.level, a.lp,
                timed));
    }

    /** /question [type] [level] [principle], or /question &lt;id&gt; [level]; the id may stand anywhere. */
    private ParseResult oneQuestion(List<String> args) {
        Optional<QuestionId> id = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (!isQuestionId(a)) {
                rest.add(a);
            } else if (id.isPresent()) {
                return invalid("One question at a time: I read both " + id.get() + " and " + echo(a.toLowerCase(Locale.ROOT))
                        + " as question ids. Use /question <id>, e.g. /question " + id.get() + ".");
            } else {
                id = Optional.of(new QuestionId(a.toLowerCase(Locale.ROOT)));
            }
        }
        Optional<QuestionId> chosen = id;
        return practiceArgs(rest, "/question").map(a -> (CoachCommand) new CoachCommand.OneQuestion(a.type, a.level, a.lp, chosen));
    }

    /**
     * A word is a question id when it is no type or level word and either clearly has the shape of one (a dash and a
     * number at the end) or is the id of a bank question that is not also a principle's name.
     */
    private boolean isQuestionId(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!QuestionId.isValid(w) || Category.parse(w).isPresent() || Level.parse(w).isPresent()) {
            return false;
        }
        return ID_SHAPE.matcher(w).matches() || knownQuestionId.test(w) && LeadershipPrinciple.parse(w).isEmpty();
    }

    private record PracticeArgs(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp) {
    }

    private sealed interface ArgsResult {
        default ParseResult map(java.util.function.Function<PracticeArgs, CoachCommand> f) {
            if (this instanceof Ok ok) {
                return new ParseResult.Parsed(f.apply(ok.args));
            }
            return new ParseResult.Invalid(((Bad) this).message);
        }
    }

    private record Ok(PracticeArgs args) implements ArgsResult {
    }

    private record Bad(String message) implements ArgsResult {
    }

    /**
     * Type, level and principle in any order. A type or level may take two words ("product sense", "senior pm",
     * "pm ii"); the words that are neither, in order, name the principle. No principle name contains a type or level word.
     */
    private ArgsResult practiceArgs(List<String> args, String command) {
        Optional<Category> type = Optional.empty();
        Optional<Level> level = Optional.empty();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String pair = i + 1 < args.size() ? a + "_" + args.get(i + 1) : null;
            if (type.isEmpty() && pair != null && Category.parse(pair).isPresent()) {
                type = Category.parse(pair);
                i++;
            } else if (level.isEmpty() && pair != null && Level.parse(pair).isPresent()) {
                level = Level.parse(pair);
                i++;
            } else if (type.isEmpty() && Category.parse(a).isPresent()) {
                type = Category.parse(a);
            } else if (level.isEmpty() && Level.parse(a).isPresent()) {
                level = Level.parse(a);
            } else if (level.isPresent() && a.equalsIgnoreCase("pm") && i > 0 && Level.parse(args.get(i - 1)).isPresent()) {
                // "sr pm", "l6 pm": the job title after a level word.
                continue;
            } else {
                rest.add(a);
            }
        }
        Optional<LeadershipPrinciple> lp = Optional.empty();
        if (!rest.isEmpty()) {
            String text = String.join(" ", rest);
            lp = LeadershipPrinciple.parse(text);
            if (lp.isEmpty()) {
                boolean question = command.equals("/question");
                return new Bad("I couldn't read \"" + echo(text) + "\" as a " + (question ? "question id, " : "")
                        + "type, level or Leadership Principle. Usage: " + command + " [type] [level] [principle]"
                        + (question ? " or /question <id> (ids such as mx-01 are shown with each question)" : "")
                        + ". Types: " + (question ? Category.keys() : TYPES)
                        + ". Levels: " + Level.keys() + ". Principles: e.g. \"dive deep\" or \"backbone\" (see /lp).");
            }
        }
        return new Ok(new PracticeArgs(type, level, lp));
    }

    private ParseResult story(List<String> args, String raw) {
        if (args.isEmpty()) {
            return parsed(new CoachCommand.ListStories());
        }
        String sub = args.get(0).toLowerCase(Locale.ROOT);
        String after = raw.length() > sub.length() ? raw.substring(raw.toLowerCase(Locale.ROOT).indexOf(sub) + sub.length()).strip() : "";
        if (sub.equals("add")) {
            int bar = after.indexOf('|');
            if (bar < 0) {
                return invalid("Usage: /story add <title> | <the story>. For example: /story add Checkout redesign | In 2023 our checkout...");
            }
            String title = after.substring(0, bar).strip();
            String text = after.substring(bar + 1).strip();
            if (title.isEmpty() || text.isEmpty()) {
                return invalid("A story needs both a title and the story text: /story add <title> | <the story>.");
            }
            return parsed(new CoachCommand.AddStory(title, text));
        }
        if (sub.equals("save")) {
            return after.isEmpty() ? invalid("Usage: /story save <title> saves your latest answer as a story.")
                    : parsed(new CoachCommand.SaveAnswerAsStory(after));
        }
        if (sub.equals("list")) {
            return parsed(new CoachCommand.ListStories());
        }
        if (sub.equals("bullets") || sub.equals("resume")) {
            return after.isEmpty() ? invalid("Usage: /story bullets followed by your resume bullets (one per line, or "
                    + "separated by • or ;).") : parsed(new CoachCommand.DraftStoriesFromBullets(after));
        }
        return invalid("Use /story add <title> | <story>, /story save <title>, /story bullets <your resume bullets>, or /stories.");
    }

    private ParseResult myData(List<String> args) {
        String sub = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
        if (sub.equals("export")) {
            return parsed(new CoachCommand.ExportMyData());
        }
        if (sub.equals("delete")) {
            boolean confirmed = args.size() > 1 && args.get(1).equalsIgnoreCase("confirm");
            return parsed(new CoachCommand.DeleteMyData(confirmed));
        }
        return invalid("Use /mydata export (everything stored about you, as JSON) or /mydata delete (erase it all).");
    }

    /** Text after the command word (after "coach &lt;sub&gt;" for /coach), keeping the user's spacing, lines and case. */
    private static String rest(String input) {
        String s = input.substring(1).strip();
        String afterFirst = afterFirstWord(s);
        if (firstWord(s).equalsIgnoreCase("coach")) {
            return afterFirstWord(afterFirst);
        }
        return afterFirst;
    }

    private static String firstWord(String s) {
        int end = firstSpace(s);
        return end < 0 ? s : s.substring(0, end);
    }

    private static String afterFirstWord(String s) {
        int end = firstSpace(s);
        return end < 0 ? "" : s.substring(end).strip();
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The user's words for quoting in a message: at most {@value #ECHO_MAX} characters, never half an emoji. */
    private static String echo(String text) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= ECHO_MAX) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, ECHO_MAX)).stripTrailing() + "\u2026";
    }

    private static ParseResult parsed(CoachCommand c) {
        return new ParseResult.Parsed(c);
    }

    private static ParseResult invalid(String message) {
        return new ParseResult.Invalid(message);
    }
}
