package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.verdict.StarSkeleton;
import dev.loopcoach.core.verdict.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * Everything the coach decided about one answer, including the {@link Coaching} it returns. {@code story} holds the
 * STAR verdict and skeleton when the behavioral rubric judged it, and is empty for every other rubric.
 */
public record Assessment(AnswerAnalysis analysis, List<LeadershipPrinciple> targets, Coaching coaching, Optional<StoryVerdict> story) {

    /** The behavioral rubric's verdict with the STAR skeleton shown to the candidate. */
    public record StoryVerdict(Verdict verdict, List<StarSkeleton.Line> skeleton) {
        public StoryVerdict {
            skeleton = List.copyOf(skeleton);
        }
    }

    public Assessment {
        targets = List.copyOf(targets);
    }

    public RubricKind rubric() {
        return coaching.rubric();
    }
}
