package dev.loopcoach.core.analysis;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Optional;

/** All 16 principles ranked for one text, best first. */
public record LpTagging(List<LpScore> ranked) {

    public LpTagging {
        ranked = List.copyOf(ranked);
    }

    public LpScore best() {
        return ranked.get(0);
    }

    public List<LpScore> top(int n) {
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    public LpScore of(LeadershipPrinciple lp) {
        for (LpScore s : ranked) {
            if (s.lp() == lp) {
                return s;
            }
        }
        throw new IllegalStateException("every principle is ranked");
    }

    public int rankOf(LeadershipPrinciple lp) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).lp() == lp) {
                return i;
            }
        }
        return ranked.size();
    }

    /** True when nothing in the text pointed at any principle. */
    public boolean blank() {
        return ranked.get(0).raw() <= 0;
    }

    public Optional<LpScore> bestIfAny() {
        return blank() ? Optional.empty() : Optional.of(ranked.get(0));
    }
}
