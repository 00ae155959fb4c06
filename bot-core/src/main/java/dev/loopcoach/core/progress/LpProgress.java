package dev.loopcoach.core.progress;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a user stands on one principle. {@code average} is the mean vote score 1-4 (0 when unpractised);
 * {@code recent} the latest vote scores, oldest first (at most {@link #RECENT}), for the trend over time.
 */
public record LpProgress(LeadershipPrinciple lp, int answers, double average, Optional<Instant> lastPractised, Trend trend,
        java.util.List<Integer> recent) {
    public static final int RECENT = 8;
    private static final char[] BARS = {'\u2581', '\u2583', '\u2585', '\u2587'};

    public LpProgress {
        recent = java.util.List.copyOf(recent);
    }

    public LpProgress(LeadershipPrinciple lp, int answers, double average, Optional<Instant> lastPractised, Trend trend) {
        this(lp, answers, average, lastPractised, trend, java.util.List.of());
    }

    /** The recent votes as a tiny bar per answer, lowest for Strongly Not Inclined ("▁▃▅▇"), oldest first. */
    public String sparkline() {
        StringBuilder b = new StringBuilder();
        for (int score : recent) {
            b.append(BARS[Math.max(0, Math.min(BARS.length - 1, score - 1))]);
        }
        return b.toString();
    }

    public enum Trend {
        NEW("not practised yet"), IMPROVING("improving"), STEADY("steady"), DECLINING("slipping");

        private final String label;

        Trend(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
