package dev.loopcoach.core.followup;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.CaseRubric;
import dev.loopcoach.core.coaching.ProbeReading;
import dev.loopcoach.core.coaching.RecruiterRubric;
import dev.loopcoach.core.coaching.RubricKind;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the follow-up policies look at: the question, its targeted principles, the rubric that judged the answer and
 * its reading (case or recruiter), the analysis of the answer, the kind of question (disagreement, mistake), the
 * deep dives available per principle, and, after a reply to a probe, how that reply read.
 */
public record ProbeContext(Question question, List<LeadershipPrinciple> targets, RubricKind rubric, AnswerAnalysis analysis,
        QuestionTraits traits, Map<LeadershipPrinciple, List<String>> deepDives, Optional<CaseRubric.Reading> cases,
        Optional<RecruiterRubric.Reading> recruiter, Optional<ProbeReading> reply) {

    public ProbeContext {
        targets = List.copyOf(targets);
        deepDives = Map.copyOf(deepDives);
    }

    /** After a main answer to a behavioral question. */
    public ProbeContext(Question question, List<LeadershipPrinciple> targets, AnswerAnalysis analysis, QuestionTraits traits,
                        Map<LeadershipPrinciple, List<String>> deepDives) {
        this(question, targets, RubricKind.BEHAVIORAL, analysis, traits, deepDives, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** True when the policies are choosing after a reply to a probe, not after the main answer. */
    public boolean afterReply() {
        return reply.isPresent();
    }

    boolean story() {
        return rubric == RubricKind.BEHAVIORAL && !afterReply();
    }
}
