package dev.loopcoach.core.analysis;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/**
 * How strongly a text points at one principle: {@code score} in [0, 1], the raw cue weight behind it, the
 * phrases of the text that triggered it (strongest first) and the sentences they are in (strongest first).
 */
public record LpScore(LeadershipPrinciple lp, double score, double raw, List<String> triggers, List<Integer> sentences) {
    public LpScore {
        triggers = List.copyOf(triggers);
        sentences = List.copyOf(sentences);
    }
}
