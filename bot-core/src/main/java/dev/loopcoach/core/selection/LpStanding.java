package dev.loopcoach.core.selection;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a user stands on each principle: answers voted and average vote score (1-4). Unpractised principles
 * have zero answers. Weakness orders principles for adaptive practice: least practised and lowest scored first.
 */
public final class LpStanding {
    private final Map<LeadershipPrinciple, int[]> counts = new EnumMap<>(LeadershipPrinciple.class);

    public LpStanding(List<PracticeEntry> entries) {
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            counts.put(lp, new int[2]);
        }
        for (PracticeEntry e : entries) {
            for (Map.Entry<LeadershipPrinciple, Vote> v : e.votes().entrySet()) {
                int[] c = counts.get(v.getKey());
                c[0]++;
                c[1] += v.getValue().score();
            }
        }
    }

    public int answers(LeadershipPrinciple lp) {
        return counts.get(lp)[0];
    }

    /** Average vote score, or 0 when never practised. */
    public double average(LeadershipPrinciple lp) {
        int[] c = counts.get(lp);
        return c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    /**
     * A weakness score: higher means practise it sooner. Never practised scores highest; then low averages,
     * with a small bonus for principles practised only once or twice (one answer says little).
     */
    public double weakness(LeadershipPrinciple lp) {
        int n = answers(lp);
        if (n == 0) {
            return 10;
        }
        double confidenceGap = n < 3 ? (3 - n) * 0.5 : 0;
        return (4 - average(lp)) * 2 + confidenceGap;
    }

    public List<LeadershipPrinciple> weakestFirst() {
        return LeadershipPrinciple.all().stream()
                .sorted((a, b) -> Double.compare(weakness(b), weakness(a)))
                .toList();
    }
}
