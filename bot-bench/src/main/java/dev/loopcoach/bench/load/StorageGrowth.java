package dev.loopcoach.bench.load;

import dev.loopcoach.app.AppContext;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How big the embedded H2 file grows: runs whole interviews (start, answers, end) for many people through the coach the
 * console and the bots use, on a fresh H2 file in a temporary folder, as fast as the given number of threads go, and
 * prints the file's size as it grows, its largest size, its size while the coach then stays quiet, and its size once
 * the store is closed.
 *
 * <pre>{@code java -cp bot-bench/target/benchmarks.jar dev.loopcoach.bench.load.StorageGrowth [sessions] [threads] [answers] [quiet-seconds]}</pre>
 * Defaults: 50,000 sessions, 8 threads, 3 answers each, 120 s quiet. Run from the Loop Coach folder (it reads
 * config/coach.yaml).
 */
public final class StorageGrowth {
    private static final String ANSWER = "Last spring our checkout page lost about 4% of mobile buyers at the address step."
            + " I was the product manager for checkout, and my task was to win those buyers back before the holiday peak."
            + " I pulled the funnel data for the last 90 days and watched twelve session recordings, which showed that the"
            + " postcode field rejected valid formats. I wrote a one-page proposal, got two engineers from the payments"
            + " team for three weeks, and we shipped a forgiving postcode parser behind a flag to 10% of traffic first."
            + " I checked the error logs every morning and widened the rollout once the failure rate stayed flat."
            + " As a result, address-step abandonment fell from 4.1% to 1.6% within a month, which was worth about"
            + " $310,000 in monthly revenue, and the pattern became the default for every form in the app.";

    private StorageGrowth() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int answers = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int lingerSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path data = Files.createTempDirectory("coach-growth");
        Map<String, String> env = new HashMap<>(System.getenv());
        // an H2 URL with %s (for the data folder) tries other H2 settings; otherwise the embedded default
        String url = System.getProperty("growth.url");
        if (url == null) {
            env.remove("COACH_DB_URL");
        } else {
            env.put("COACH_DB_URL", url.replace("%s", data.toString()));
            env.put("COACH_DB_USER", "sa");
        }
        env.put("COACH_DATA_DIR", data.toString());
        out.printf("%,d sessions of %d answers on %d threads into %s%n", sessions, answers, threads, data);
        long largest = 0;
        long started = System.nanoTime();
        long closing;
        try (AppContext context = AppContext.load(Optional.empty(), Optional.of(1L), env)) {
            Coach coach = context.coach();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger done = new AtomicInteger();
            AtomicLong failures = new AtomicLong();
            for (int i = 0; i < sessions; i++) {
                UserKey user = new UserKey("slack", "T1:U" + i);
                pool.execute(() -> {
                    try {
                        oneInterview(coach, user, answers);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    done.incrementAndGet();
                });
            }
            pool.shutdown();
            int reported = 0;
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                long size = size(data);
                largest = Math.max(largest, size);
                if (done.get() >= reported + 5_000) {
                    reported = done.get() / 5_000 * 5_000;
                    out.printf("%,7d sessions  %6.1f s  %,8.1f MB%n", done.get(), seconds(started), size / 1e6);
                }
            }
            largest = Math.max(largest, size(data));
            out.printf("%,7d sessions  %6.1f s  %,8.1f MB (largest %,.1f MB), %,d failed%n", done.get(), seconds(started),
                    size(data) / 1e6, largest / 1e6, failures.get());
            // then quiet, as a community is between bursts: the store's own passes may give space back
            for (int s = 15; s <= lingerSeconds; s += 15) {
                Thread.sleep(15_000); // the quiet time itself is what is measured: nothing is written while it passes
                out.printf("  quiet for %3d s  %,8.1f MB%n", s, size(data) / 1e6);
            }
            closing = System.nanoTime();
        }
        out.printf("closed: %,.1f MB (closing took %.1f s)%n", size(data) / 1e6, seconds(closing));
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(0);
    }

    private static void oneInterview(Coach coach, UserKey user, int answers) {
        coach.handle(user, new CoachCommand.StartInterview(Optional.empty(), Optional.empty(), Optional.empty(), false));
        for (int a = 0; a < answers; a++) {
            coach.handle(user, new CoachCommand.SubmitAnswer(ANSWER));
        }
        coach.handle(user, new CoachCommand.End());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
