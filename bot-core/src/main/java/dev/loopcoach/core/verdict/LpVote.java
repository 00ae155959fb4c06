package dev.loopcoach.core.verdict;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/** A vote on one principle, the reasons for it (strengths and gaps) and quotes from the answer. */
public record LpVote(LeadershipPrinciple lp, Vote vote, double points, List<String> strengths, List<String> gaps,
        List<String> evidence) {

    public LpVote {
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        evidence = List.copyOf(evidence);
    }
}
