package dev.loopcoach.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's command line: global options anywhere ({@code --config FILE}, {@code --seed N}, {@code --user NAME})
 * and the words of a subcommand with its flags.
 */
public record CliArgs(List<String> words, Optional<String> config, Optional<Long> seed, Optional<String> user, List<String> flags) {

    public static final String USAGE = """
            Usage: ./coach [options] [command]
              (no command)             the console coach: /mockinterview, /question, /lp, /help ...
              discord                  run the Discord bot (needs DISCORD_TOKEN)
              slack                    run the Slack bot (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN or SLACK_SIGNING_SECRET)
              bank stats [--json]      question bank counts
              tag --jsonl              tag stdin lines {"id","text"} with Leadership Principles
              analyze --jsonl          judge stdin lines {"id","question","answer"} (optional questionId, category,
                                         level, followUps: [{"question","answer"}]); see docs/coaching.md
              writing [--json]         writing-assessment feedback for the memo on stdin
              help                     this text
            Options:
              --config FILE            configuration file (default config/coach.yaml; or COACH_CONFIG)
              --seed N                 reproducible question choice
              --user NAME              console user (default: your login name)
            """;

    public static CliArgs parse(String[] args) {
        List<String> words = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        String config = null;
        Long seed = null;
        String user = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--config", "--seed", "--user" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException(a + " needs a value, e.g. " + a + (a.equals("--seed") ? " 7" : a.equals("--user") ? " alex" : " my-coach.yaml"));
                    }
                    String value = args[++i];
                    if (a.equals("--config")) {
                        config = value;
                    } else if (a.equals("--user")) {
                        if (value.isBlank() || value.length() > 64) {
                            throw new IllegalArgumentException("--user needs a name of 1-64 characters");
                        }
                        user = value;
                    } else {
                        try {
                            seed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed needs a whole number, not \"" + value + "\"");
                        }
                    }
                }
                case "-h", "--help" -> words.add("help");
                default -> {
                    if (a.startsWith("-")) {
                        flags.add(a);
                    } else {
                        words.add(a);
                    }
                }
            }
        }
        return new CliArgs(List.copyOf(words), Optional.ofNullable(config), Optional.ofNullable(seed), Optional.ofNullable(user), List.copyOf(flags));
    }

    public String command() {
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Refuses flags the chosen command does not know, so a typo never silently does something else. */
    public void allowFlags(String... allowed) {
        for (String f : flags) {
            if (!List.of(allowed).contains(f)) {
                throw new IllegalArgumentException("unknown option " + f + (allowed.length == 0 ? "" : " (this command takes " + String.join(", ", allowed) + ")"));
            }
        }
    }
}
