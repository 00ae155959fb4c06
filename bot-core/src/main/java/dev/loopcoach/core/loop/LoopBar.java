package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Level;

/**
 * The bar a loop is judged against, stricter as the level rises. Scores are the 1-4 vote scores
 * (Strongly Not Inclined = 1 ... Strongly Inclined = 4) averaged over what an interviewer assessed.
 *
 * @param hireAverage an interviewer votes Hire from this average, with no principle at Strongly Not Inclined or unassessed
 * @param strongHireAverage Strong Hire from this average, with everything at Inclined or better
 * @param hireVotesNeeded on-site Hire votes the debrief needs (of 5), besides the Bar Raiser's
 * @param writingMustBeReady whether a written exercise that needs another draft blocks the hire
 * @param scope the scope interviewers expect at this level, in one sentence
 */
public record LoopBar(Level level, double hireAverage, double strongHireAverage, int hireVotesNeeded,
                      boolean writingMustBeReady, String scope) {

    public static LoopBar of(Level level) {
        switch (level) {
            case PM:
                return new LoopBar(level, 2.5, 3.4, 3, false,
                        "owning features end to end in one team: customer research, a roadmap, and shipping with engineering");
            case SENIOR:
                return new LoopBar(level, 2.75, 3.5, 4, true,
                        "owning a product area end to end, leading cross-functional teams and showing measurable business results");
            default:
                return new LoopBar(level, 3.0, 3.6, 4, true,
                        "setting strategy across teams and organizations, influencing senior leaders, with org-wide scope and impact");
        }
    }
}
