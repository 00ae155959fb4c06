package dev.loopcoach.core.analysis;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Map;

/**
 * The principles an answer shows and how they line up with the ones the question targets.
 *
 * @param signals all 16 ranked for the answer text
 * @param shown principles with a clear signal (score at least {@value #SHOWN_AT}), best first, at most 5
 * @param matched targeted principles the answer shows
 * @param missed targeted principles the answer does not show
 * @param evidence quotes per targeted principle (sentences that carry its cues)
 */
public record LpFinding(LpTagging signals, List<LeadershipPrinciple> targeted, List<LeadershipPrinciple> shown,
        List<LeadershipPrinciple> matched, List<LeadershipPrinciple> missed, Map<LeadershipPrinciple, List<String>> evidence) {
    public static final double SHOWN_AT = 0.45;

    public LpFinding {
        targeted = List.copyOf(targeted);
        shown = List.copyOf(shown);
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        evidence = Map.copyOf(evidence);
    }
}
