package dev.loopcoach.core.verdict;

import dev.loopcoach.core.coaching.Vote;
import java.util.List;

/**
 * The votes on the targeted principles and the overall vote. {@code headline} is one plain sentence that says
 * why; {@code judgeable} is false for empty, one-line, off-topic or story-less answers, which are never
 * positive.
 */
public record Verdict(List<LpVote> votes, Vote overall, boolean judgeable, String headline) {

    public Verdict {
        votes = List.copyOf(votes);
    }
}
