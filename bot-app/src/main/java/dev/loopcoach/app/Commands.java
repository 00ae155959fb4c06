package dev.loopcoach.app;

import dev.loopcoach.app.console.LineSource;
import dev.loopcoach.app.cli.BankStats;
import dev.loopcoach.app.cli.CliArgs;
import dev.loopcoach.app.config.AppConfig;
import dev.loopcoach.app.console.ConsoleCoach;
import dev.loopcoach.app.console.ConsoleLogging;
import dev.loopcoach.app.console.ConsoleView;
import dev.loopcoach.core.port.UserKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Dispatches the launcher's subcommands. */
final class Commands {
    private final CliArgs cli;
    private final PrintStream out;
    private final PrintStream err;

    Commands(CliArgs cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run() {
        String command = cli.command();
        switch (command) {
            case "help":
                out.print(CliArgs.USAGE);
                return 0;
            case "":
                cli.allowFlags();
                return console();
            case "bank":
                return bank();
            case "tag":
                cli.allowFlags("--jsonl");
                return Batch.tag(stdin(), stdout());
            case "analyze", "analyse":
                cli.allowFlags("--jsonl");
                try (AppContext ctx = context()) {
                    return Batch.analyze(ctx.answerCoach(), ctx.bank(), stdin(), stdout());
                }
            case "writing":
                cli.allowFlags("--json");
                return Batch.writing(stdin(), stdout(), cli.flags().contains("--json"));
            case "discord":
                cli.allowFlags();
                return Bots.discord(context().warmUpForPlatform(), err);
            case "slack":
                cli.allowFlags();
                return Bots.slack(context().warmUpForPlatform(), err);
            default:
                throw new IllegalArgumentException("unknown command \"" + command + "\". Commands: discord, slack, bank stats, tag, analyze, writing, help "
                        + "(or none for the console coach).");
        }
    }

    private int bank() {
        if (cli.words().size() != 2 || !cli.words().get(1).equals("stats")) {
            throw new IllegalArgumentException("use ./coach bank stats [--json]");
        }
        cli.allowFlags("--json");
        try (AppContext ctx = context()) {
            out.println(cli.flags().contains("--json") ? BankStats.json(ctx.bank()) : BankStats.text(ctx.bank()));
        }
        return 0;
    }

    private int console() {
        AppConfig config = AppContext.loadConfig(cli.config(), System.getenv());
        ConsoleLogging.toFile(config.storage().dataDir());
        try (AppContext ctx = AppContext.of(config, cli.seed(), System.getenv()).warmUp()) {
            String name = cli.user().orElseGet(() -> System.getProperty("user.name", "me"));
            UserKey user = UserKey.console(name);
            ConsoleView view = new ConsoleView(ctx.config().storage().dataDir().resolve("files"), "console-" + safe(name) + "-");
            boolean interactive = System.console() != null;
            ConsoleCoach console = new ConsoleCoach(ctx.coach(), user, view, interactive);
            if (interactive && System.getenv("COACH_PLAIN_CONSOLE") == null) {
                try (LineSource lines = LineSource.terminal(ctx.config().storage().dataDir().resolve("console-history"))) {
                    console.run(lines, out);
                }
            } else {
                console.run(stdin(), out);
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AppContext context() {
        return AppContext.load(cli.config(), cli.seed(), System.getenv());
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    private Writer stdout() {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
