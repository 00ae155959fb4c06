package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.verdict.StarSkeleton;
import dev.loopcoach.core.verdict.Verdict;
import java.util.List;

/** Everything the Bar Raiser coach decided about one answer, including the {@link Coaching} it returns. */
public record Assessment(AnswerAnalysis analysis, List<LeadershipPrinciple> targets, Verdict verdict,
        List<StarSkeleton.Line> skeleton, Coaching coaching) {

    public Assessment {
        targets = List.copyOf(targets);
        skeleton = List.copyOf(skeleton);
    }
}
