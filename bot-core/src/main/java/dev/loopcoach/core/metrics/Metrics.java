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
        DAILY_FAILED("loopcoach_daily_failures_total", "Daily posts that failed (refused, unknown outcome, given up)");

        private final String metric;
        private final String help;

        Counter(String metric, String help) {
            this.metric = metric;
            this.help = help;
        }
    }

    private static final Map<Counter, Map<String, LongAdder>> COUNTS = new ConcurrentHashMap<>();

    private Metrics() {
    }

    /** Adds one to {@code counter} for {@code platform} ("slack", "discord", "console"; "" when it has none). */
    public static void count(Counter counter, String platform) {
        COUNTS.computeIfAbsent(counter, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(platform == null ? "" : platform, p -> new LongAdder()).increment();
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
        new TreeMap<>(checks).forEach((name, check) -> {
            String metric = "loopcoach_" + name.replaceAll("[^a-z0-9_]", "_") + "_up";
            out.append("# HELP ").append(metric).append(" 1 when ").append(name).append(" answers\n");
            out.append("# TYPE ").append(metric).append(" gauge\n");
            out.append(metric).append(' ').append(check.getAsBoolean() ? 1 : 0).append('\n');
        });
        return out.toString();
    }
}
