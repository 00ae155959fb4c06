package dev.loopcoach.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counters in the Prometheus text format: HELP and TYPE once per metric, one line per platform, gauges for checks. */
class MetricsTest {
    @Test
    void givenCounts_thenTheExpositionHasOneLinePerPlatform_andTheChecksAsGauges() {
        long before = Metrics.value(Metrics.Counter.ANSWERS_KEPT, "metricstest");
        Metrics.count(Metrics.Counter.ANSWERS_KEPT, "metricstest");
        Metrics.count(Metrics.Counter.ANSWERS_KEPT, "metricstest");

        String text = Metrics.prometheus(Map.of("storage", () -> false));

        assertThat(Metrics.value(Metrics.Counter.ANSWERS_KEPT, "metricstest")).isEqualTo(before + 2);
        assertThat(text).contains("# TYPE loopcoach_answers_kept_total counter\n")
                .contains("loopcoach_answers_kept_total{platform=\"metricstest\"} " + (before + 2) + "\n")
                .contains("# TYPE loopcoach_storage_up gauge\nloopcoach_storage_up 0\n");
        assertThat(text.lines().filter(l -> l.startsWith("# TYPE loopcoach_answers_kept_total")).count()).isEqualTo(1);
        for (String line : text.lines().filter(l -> !l.startsWith("#")).toList()) {
            assertThat(line).matches("[a-z_]+(\\{platform=\"[a-z]*\"\\})? \\d+(\\.\\d+)?");
        }
    }
}
