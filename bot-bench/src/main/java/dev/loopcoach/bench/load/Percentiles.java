package dev.loopcoach.bench.load;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of latencies in nanoseconds, reported in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(List<Long> nanos) {
        this.sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds; NaN when there are no samples. */
    double millis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** Median, smallest and largest of some values (e.g. one ratio per round). */
    record Spread(double median, double min, double max) {
        static Spread of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            return new Spread(median, v[0], v[n - 1]);
        }

        @Override
        public String toString() {
            return String.format("%.2f (%.2f-%.2f)", median, min, max);
        }
    }
}
