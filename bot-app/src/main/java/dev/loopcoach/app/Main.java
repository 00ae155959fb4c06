package dev.loopcoach.app;

import dev.loopcoach.app.cli.CliArgs;
import dev.loopcoach.app.config.ConfigException;
import dev.loopcoach.core.bank.BankLoadException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code ./coach}: the console coach by default, the platform bots and the batch tools by subcommand. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one invocation and returns the exit status (0 ok, 1 some input failed, 2 usage or configuration error). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CliArgs cli;
        try {
            cli = CliArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("loop-coach: " + e.getMessage());
            err.println(CliArgs.USAGE);
            return 2;
        }
        try {
            return new Commands(cli, out, err).run();
        } catch (ConfigException | BankLoadException e) {
            err.println("loop-coach: cannot start:");
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("loop-coach: " + e.getMessage());
            err.println("Run ./coach help for usage.");
            return 2;
        } catch (StartupException e) {
            err.println("loop-coach: " + e.getMessage());
            return 2;
        }
    }
}
