package dev.loopcoach.core.progress;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.Optional;

/** Where a user stands on one principle. {@code average} is the mean vote score 1-4 (0 when unpractised). */
public record LpProgress(LeadershipPrinciple lp, int answers, double average, Optional<Instant> lastPractised, Trend trend) {

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
