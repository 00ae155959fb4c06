package dev.loopcoach.slack.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the arguments of {@code /mockinterview} and {@code /coach} subcommands into core commands, using
 * the core's own parsers for types, levels and principles.
 */
public final class CommandArgs {
    private CommandArgs() {
    }

    public static ParseResult mockInterview(String text) {
        List<String> words = words(text);
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("loop")) {
            String rest = String.join(" ", words.subList(1, words.size()));
            Optional<Level> level = Level.parse(rest);
            if (!rest.isEmpty() && level.isEmpty()) {
                return invalid("Unknown level '" + rest + "'. Levels: " + Level.keys() + ".");
            }
            return parsed(new CoachCommand.StartLoop(level));
        }
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("writing")) {
            String rest = String.join(" ", words.subList(1, words.size()));
            return parsed(new CoachCommand.StartWriting(rest.isEmpty() ? Optional.empty() : Optional.of(rest)));
        }
        return typeLevelLp(words, (t, l, p) -> new CoachCommand.StartInterview(t, l, p));
    }

    public static ParseResult oneQuestion(String text) {
        return typeLevelLp(words(text), CoachCommand.OneQuestion::new);
    }

    public static ParseResult explainLp(String text) {
        return parsed(new CoachCommand.ExplainLp(text.isBlank() ? Optional.empty() : Optional.of(text.strip())));
    }

    public static ParseResult storyAdd(String text) {
        String usage = "Use: /coach story add <title> | <your story>";
        List<String> words = words(text);
        if (words.isEmpty() || !words.get(0).equalsIgnoreCase("add")) {
            return invalid(usage);
        }
        String rest = text.strip().substring(words.get(0).length()).strip();
        int bar = rest.indexOf('|');
        if (bar < 0) {
            return invalid("Separate the title from the story with a | . " + usage);
        }
        String title = rest.substring(0, bar).strip();
        String story = rest.substring(bar + 1).strip();
        if (title.isEmpty() || story.isEmpty()) {
            return invalid("Both a title and the story are needed. " + usage);
        }
        return parsed(new CoachCommand.AddStory(title, story));
    }

    public static ParseResult handbook(String topic, String arg) {
        return parsed(new CoachCommand.Handbook(topic, arg.isBlank() ? Optional.empty() : Optional.of(arg.strip())));
    }

    public static ParseResult none(String text, CoachCommand command) {
        return parsed(command);
    }

    interface Maker {
        CoachCommand make(Optional<Category> type, Optional<Level> level, Optional<LeadershipPrinciple> lp);
    }

    private static ParseResult typeLevelLp(List<String> words, Maker maker) {
        Optional<Category> type = Optional.empty();
        Optional<Level> level = Optional.empty();
        int i = 0;
        for (; i < words.size(); i++) {
            String w = words.get(i);
            if (type.isEmpty() && Category.parse(w).isPresent()) {
                type = Category.parse(w);
            } else if (level.isEmpty() && Level.parse(w).isPresent()) {
                level = Level.parse(w);
            } else {
                break;
            }
        }
        String rest = String.join(" ", words.subList(i, words.size()));
        Optional<LeadershipPrinciple> lp = Optional.empty();
        if (!rest.isEmpty()) {
            lp = LeadershipPrinciple.parse(rest);
            if (lp.isEmpty()) {
                return invalid("I don't know '" + rest + "'. Give a type (" + Category.keys() + "), a level ("
                        + Level.keys() + ") and/or a Leadership Principle such as 'dive deep'.");
            }
        }
        return parsed(maker.make(type, level, lp));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
    }

    private static ParseResult parsed(CoachCommand c) {
        return new ParseResult.Parsed(c);
    }

    private static ParseResult invalid(String message) {
        return new ParseResult.Invalid(message);
    }
}
