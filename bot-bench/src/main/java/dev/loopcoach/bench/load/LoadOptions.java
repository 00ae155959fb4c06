package dev.loopcoach.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long and how hard a load run drives each bot; every value has a default that keeps a run to a few minutes on a
 * two-core machine.
 *
 * @param rounds      measured rounds per bot (interleaved: ours, bare, ours, bare, ...)
 * @param round       length of a round's burst (closed loop: requests are started until it ends, the ones in flight finish)
 * @param warmup      length of the one unmeasured burst per bot before the measured rounds
 * @param concurrency requests in flight at once in a burst (each worker sends the next request when its ack arrives)
 * @param pacedRate   commands per second in a round's paced part, where the user-visible latency is measured
 * @param paced       length of a round's paced part (0: none)
 * @param drain       how long to wait after each part for the last first messages to reach the fake platform
 * @param home        the Loop Coach folder (config/coach.yaml), as {@code -Dcoach.home} for our bot
 * @param jvmOptions  options given to both bot JVMs alike
 */
record LoadOptions(int rounds, Duration round, Duration warmup, int concurrency, double pacedRate, Duration paced,
                   Duration drain, Path home, List<String> jvmOptions) {

    static final String USAGE = """
            options (all optional):
              --rounds N            measured rounds per bot, interleaved (default 5, at least 1)
              --round-seconds S     length of a round's burst, a closed loop for ack latency and throughput (default 5)
              --warmup-seconds S    one unmeasured burst per bot first (default 20)
              --concurrency C       requests in flight at once in a burst (default 8)
              --paced-rate R        commands per second in a round's paced part, for the first-message latency (default 40)
              --paced-seconds S     length of the paced part (default 5; 0 skips it)
              --drain-seconds S     longest wait for the last first messages after each part (default 90)
              --home DIR            the Loop Coach folder with config/coach.yaml (default: current folder)
              --jvm "OPTS"          options for both bot JVMs, e.g. "-Xmx512m -XX:+UseSerialGC" (default none)
            """;

    LoadOptions {
        if (rounds < 1 || concurrency < 1 || round.isNegative() || round.isZero() || warmup.isNegative() || paced.isNegative()
                || !(pacedRate > 0)) {
            throw new IllegalArgumentException("rounds and concurrency must be at least 1, round and paced rate above 0");
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    static LoadOptions parse(String[] args) {
        int rounds = 5;
        int round = 5;
        int warmup = 20;
        int concurrency = 8;
        double pacedRate = 40;
        int paced = 5;
        int drain = 90;
        Path home = Path.of(".");
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--round-seconds" -> round = Integer.parseInt(value);
                case "--warmup-seconds" -> warmup = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--paced-rate" -> pacedRate = Double.parseDouble(value);
                case "--paced-seconds" -> paced = Integer.parseInt(value);
                case "--drain-seconds" -> drain = Integer.parseInt(value);
                case "--home" -> home = Path.of(value);
                case "--jvm" -> jvm = value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new LoadOptions(rounds, Duration.ofSeconds(round), Duration.ofSeconds(warmup), concurrency, pacedRate,
                Duration.ofSeconds(paced), Duration.ofSeconds(drain), home.toAbsolutePath().normalize(), jvm);
    }

    @Override
    public String toString() {
        return rounds + " rounds per bot after a " + warmup.toSeconds() + " s warm-up; a round is a " + round.toSeconds()
                + " s burst at concurrency " + concurrency + (paced.isZero() ? "" : ", then " + paced.toSeconds() + " s paced at "
                + pacedRate + " commands/s") + "; bot JVM options " + (jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions));
    }
}
