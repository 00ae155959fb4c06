package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * The share of "I" versus "we" (I, me, my, mine, myself and their contractions against we, us, our, ours,
 * ourselves and theirs), plus sentences in the passive voice and sentences that say what the speaker
 * "would" do instead of what happened.
 */
public record OwnershipFinding(Ownership ownership, int iWords, int weWords, List<String> passive,
        List<String> hypothetical, int iSteps, int weSteps) {

    public OwnershipFinding {
        passive = List.copyOf(passive);
        hypothetical = List.copyOf(hypothetical);
    }

    /** Share of I-words among I- and we-words, 0-1 (1 when there are none). */
    public double iShare() {
        int all = iWords + weWords;
        return all == 0 ? 1.0 : (double) iWords / all;
    }
}
