package dev.loopcoach.core.followup;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Map;

/**
 * What the follow-up policies look at: the question, its targeted principles, the analysis of the answer, the
 * kind of question (disagreement, mistake) and the deep dives available per principle.
 */
public record ProbeContext(Question question, List<LeadershipPrinciple> targets, AnswerAnalysis analysis,
        QuestionTraits traits, Map<LeadershipPrinciple, List<String>> deepDives) {

    public ProbeContext {
        targets = List.copyOf(targets);
        deepDives = Map.copyOf(deepDives);
    }
}
