package dev.loopcoach.bench.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What every load driver's {@code main} does: quiet logging set-up, its options (or the usage), the run, the exit code. */
final class LoadMain {
    private LoadMain() {
    }

    @FunctionalInterface
    interface Driver {
        void run(LoadOptions options, PrintStream out) throws Exception;
    }

    static void main(String name, String[] args, Driver driver) throws Exception {
        // the libraries' logging in this process (the fakes' servers) stays quiet about its own configuration
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        driver.run(options, out);
        System.exit(0);
    }
}
