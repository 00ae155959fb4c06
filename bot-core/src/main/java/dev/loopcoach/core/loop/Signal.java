package dev.loopcoach.core.loop;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Optional;

/**
 * One thing an interviewer assessed: a principle they own, or the case part of their interview.
 *
 * @param name what was assessed, e.g. "Ownership" or "Product sense / design case"
 * @param lp the principle, when it is one
 * @param score weighted 1-4 average of the votes (main answers count double a follow-up); {@value LoopAssessor#NO_EVIDENCE_SCORE} when not assessed
 * @param assessed whether any answer was given for it
 * @param evidence whether any of those answers had enough substance to judge
 * @param gap what held it back, in a few words (empty when it scored Inclined or better)
 */
public record Signal(String name, Optional<LeadershipPrinciple> lp, double score, boolean assessed, boolean evidence, String gap) {

    public Signal withScore(double newScore) {
        return new Signal(name, lp, newScore, true, true, "");
    }
}
