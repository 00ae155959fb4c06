package dev.loopcoach.core.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * The process's counters, named once here and exposed as Prometheus text ({@code GET /metrics}): what an operator
 * watches (answers coached, acknowledgements refused, letters replayed, daily posts sent, repaired or failed). Counting
 * is a lock-free add; the names are the project's, the format the de-facto standard every scraper reads.
 */
public final class Metrics {
    /** Every counter the code increments, with its help text. */
    public enum Counter {
        ANSWERS_KEPT("loopcoach_answers_kept_total", "Answers written to the inbox before the platform was acknowledged"),
        ANSWERS_REFUSED("loopcoach_answers_refused_total", "Answers not acknowledged because the store could not keep them"),
        ANSWERS_REPLAYED("loopcoach_answers_replayed_total", "Answers finished by a sweep after their process died or stalled"),
        COMMANDS_HANDLED("loopcoach_commands_handled_total", "Commands the coach handled"),
        COMMANDS_FAILED("loopcoach_commands_failed_total", "Commands that failed (store down or a bug) and changed nothing"),
        DAILY_POSTED("loopcoach_daily_posts_total", "Daily questions posted"),
        DAILY_REPAIRED("loopcoach_daily_repairs_total", "Daily posts settled by the repair (found, or sent again)"),
        DAILY_FAILED("loopcoach_daily_failures_total", "Daily posts that failed (refused, unknown outcome, given up)"),
        PLATFORM_ERRORS("loopcoach_platform_errors_total", "Calls to Slack or Discord that failed (refused, rate-limited past retries, 5xx)");

        private final String metric;
        private final String help;

        Counter(String metric, String help) {
            this.metric = metric;
            this.help = help;
        }

        public String metric() {
            return metric;
        }

        public String help() {
            return help;
        }
    }

    /** Durations the code measures, exported as latency histograms. */
    public enum Timer {
        COMMAND("loopcoach_command_seconds", "Time the coach took to handle one command");

        private final String metric;
        private final String help;

        Timer(String metric, String help) {
            this.metric = metric;
            this.help = help;
        }

        public String metric() {
            return metric;
        }

        public String help() {
            return help;
        }
    }

    /** Levels read when scraped. */
    public enum Gauge {
        WORK_QUEUE("loopcoach_work_queue_depth", "Work waiting in the process's queue for a worker"),
        DB_POOL_ACTIVE("loopcoach_db_pool_active_connections", "Database connections in use"),
        DB_POOL_IDLE("loopcoach_db_pool_idle_connections", "Database connections open and idle"),
        DB_POOL_PENDING("loopcoach_db_pool_pending_threads", "Threads waiting for a database connection");

        private final String metric;
        private final String help;

        Gauge(String metric, String help) {
            this.metric = metric;
            this.help = help;
        }

        public String metric() {
            return metric;
        }

        public String help() {
            return help;
        }
    }

    /**
     * Where the numbers also go, e.g. a Micrometer registry with latency histograms; once bound, {@link #prometheus}
     * is its exposition. The launcher binds one; tests and tools run on the counters here.
     */
    public interface Sink {
        void count(Counter counter, String platform);

        void time(Timer timer, String platform, java.time.Duration took);

        void gauge(Gauge gauge, String platform, java.util.function.DoubleSupplier value);

        /** The Prometheus text exposition, with {@code checks} as "up" gauges. */
        String scrape(Map<String, BooleanSupplier> checks);
    }

    private static volatile Sink sink;
    private static final Map<Timer, Map<String, LongAdder[]>> TIMES = new ConcurrentHashMap<>();
    private static final Map<Gauge, Map<String, java.util.function.DoubleSupplier>> GAUGES = new ConcurrentHashMap<>();

    /** Sends every count, time and gauge to {@code bound} from now on (gauges registered before are handed over). */
    public static void bind(Sink bound) {
        sink = bound;
        GAUGES.forEach((g, byPlatform) -> byPlatform.forEach((platform, value) -> bound.gauge(g, platform, value)));
    }

    public static void time(Timer timer, String platform, java.time.Duration took) {
        String p = platform == null ? "" : platform;
        LongAdder[] countAndNanos = TIMES.computeIfAbsent(timer, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(p, x -> new LongAdder[] {new LongAdder(), new LongAdder()});
        countAndNanos[0].increment();
        countAndNanos[1].add(took.toNanos());
        Sink s = sink;
        if (s != null) {
            s.time(timer, p, took);
        }
    }

    /** A level to read at each scrape, such as a queue's depth; registering the same gauge again replaces it. */
    public static void gauge(Gauge gauge, String platform, java.util.function.DoubleSupplier value) {
        String p = platform == null ? "" : platform;
        GAUGES.computeIfAbsent(gauge, g -> new ConcurrentHashMap<>()).put(p, value);
        Sink s = sink;
        if (s != null) {
            s.gauge(gauge, p, value);
        }
    }

    private static final Map<Counter, Map<String, LongAdder>> COUNTS = new ConcurrentHashMap<>();

    private Metrics() {
    }

    /** Adds one to {@code counter} for {@code platform} ("slack", "discord", "console"; "" when it has none). */
    public static void count(Counter counter, String platform) {
        COUNTS.computeIfAbsent(counter, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(platform == null ? "" : platform, p -> new LongAdder()).increment();
        Sink s = sink;
        if (s != null) {
            s.count(counter, platform == null ? "" : platform);
        }
    }

    public static long value(Counter counter, String platform) {
        LongAdder a = COUNTS.getOrDefault(counter, Map.of()).get(platform);
        return a == null ? 0 : a.sum();
    }

    /**
     * The Prometheus text exposition (version 0.0.4) of every counter, plus {@code up}-style gauges from {@code checks}
     * (1 when the check passes).
     */
    public static String prometheus(Map<String, BooleanSupplier> checks) {
        Sink s = sink;
        if (s != null) {
            return s.scrape(checks);
        }
        StringBuilder out = new StringBuilder();
        for (Counter c : Counter.values()) {
            out.append("# HELP ").append(c.metric).append(' ').append(c.help).append('\n');
            out.append("# TYPE ").append(c.metric).append(" counter\n");
            Map<String, LongAdder> byPlatform = new TreeMap<>(COUNTS.getOrDefault(c, Map.of()));
            if (byPlatform.isEmpty()) {
                out.append(c.metric).append(" 0\n");
            }
            byPlatform.forEach((platform, n) -> out.append(c.metric)
                    .append(platform.isEmpty() ? "" : "{platform=\"" + platform + "\"}").append(' ').append(n.sum()).append('\n'));
        }
        for (Timer t : Timer.values()) {
            String base = t.metric;
            out.append("# HELP ").append(base).append(' ').append(t.help).append('\n');
            out.append("# TYPE ").append(base).append(" summary\n");
            new TreeMap<>(TIMES.getOrDefault(t, Map.of())).forEach((platform, cn) -> {
                String labels = platform.isEmpty() ? "" : "{platform=\"" + platform + "\"}";
                out.append(base).append("_count").append(labels).append(' ').append(cn[0].sum()).append('\n');
                out.append(base).append("_sum").append(labels).append(' ').append(cn[1].sum() / 1e9).append('\n');
            });
        }
        for (Gauge g : Gauge.values()) {
            Map<String, java.util.function.DoubleSupplier> byPlatform = new TreeMap<>(GAUGES.getOrDefault(g, Map.of()));
            if (byPlatform.isEmpty()) {
                continue;
            }
            out.append("# HELP ").append(g.metric).append(' ').append(g.help).append('\n');
            out.append("# TYPE ").append(g.metric).append(" gauge\n");
            byPlatform.forEach((platform, v) -> out.append(g.metric)
                    .append(platform.isEmpty() ? "" : "{platform=\"" + platform + "\"}").append(' ').append(v.getAsDouble()).append('\n'));
        }
        new TreeMap<>(checks).forEach((name, check) -> {
            String metric = "loopcoach_" + name.replaceAll("[^a-z0-9_]", "_") + "_up";
            out.append("# HELP ").append(metric).append(" 1 when ").append(name).append(" answers\n");
            out.append("# TYPE ").append(metric).append(" gauge\n");
            out.append(metric).append(' ').append(check.getAsBoolean() ? 1 : 0).append('\n');
        });
        return out.toString();
    }
}
