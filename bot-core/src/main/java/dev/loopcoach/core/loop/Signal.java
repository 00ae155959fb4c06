package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Optional;

/**
 * One thing an interviewer assessed: a principle they own, or the case part of their interview.
 *
 * @param name what was assessed, e.g. "Ownership" or "Product sense / design case"
 * @param lp the principle, when it is one
 * @param category the kind of question, when it is the case part of an interview (product, technical, the memo)
 * @param score weighted 1-4 average of the votes (main answers count double a follow-up); {@value LoopAssessor#NO_EVIDENCE_SCORE} when not assessed
 * @param assessed whether any answer was given for it
 * @param evidence whether any of those answers had enough substance to judge
 * @param gaps what held it back, each in a few words, the most important first (empty when it scored Inclined or better)
 */
public record Signal(String name, Optional<LeadershipPrinciple> lp, Optional<Category> category, double score, boolean assessed,
                     boolean evidence, List<String> gaps) {

    public Signal {
        gaps = List.copyOf(gaps);
    }

    /** The main thing that held it back, or empty. */
    public String gap() {
        return gaps.isEmpty() ? "" : gaps.get(0);
    }

    public Signal withScore(double newScore) {
        return new Signal(name, lp, category, newScore, true, true, List.of());
    }

    /** How a case part is named in the debrief. */
    static String caseName(Category c) {
        switch (c) {
            case RECRUITER_SCREEN:
                return "Background and motivation";
            case WRITING:
                return "Written exercise";
            default:
                return c.label() + " case";
        }
    }
}
