package dev.loopcoach.core.followup;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.analysis.Story;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/** The built-in follow-up policies, in the order a Bar Raiser would use them. */
public final class Policies {
    private Policies() {
    }

    /** Gaps first, then the question's own follow-ups, then deep dives on the targeted principles. */
    public static List<FollowUpPolicy> standard() {
        return List.of(new RealExample(), new OutcomeInNumbers(), new PersonalRole(), new WherePushedBack(),
                new WhatChangedAfterwards(), new DataUsed(), new QuestionFollowUps(), new PrincipleDeepDives());
    }

    /** A hypothetical or generic answer: ask for one real time it happened. */
    public static final class RealExample implements FollowUpPolicy {
        @Override
        public String name() {
            return "real-example";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            Story.Kind kind = c.analysis().story().kind();
            Relevance.Kind rel = c.analysis().relevance().kind();
            if (rel == Relevance.Kind.EMPTY || rel == Relevance.Kind.TOO_SHORT || rel == Relevance.Kind.OFF_TOPIC) {
                return List.of(probe("Let's try that with a real example: what was the situation, what did you do, "
                        + "and what was the result?", "The answer was too short or off-topic to assess."));
            }
            if (kind == Story.Kind.HYPOTHETICAL) {
                return List.of(probe("Tell me about one specific time you actually did this. What was the situation, "
                        + "and what did you do?", "The answer describes what you would do, not what you did."));
            }
            if (kind == Story.Kind.GENERIC || kind == Story.Kind.RAMBLING) {
                return List.of(probe("Can you walk me through one specific example, from the situation to the outcome?",
                        "The answer makes general points instead of telling one story."));
            }
            return List.of();
        }
    }

    /** No result, a result without a number, or only a forecast: ask for the outcome in numbers. */
    public static final class OutcomeInNumbers implements FollowUpPolicy {
        @Override
        public String name() {
            return "outcome-in-numbers";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            AnswerAnalysis a = c.analysis();
            if (!a.relevance().judgeable() || a.impact().quantified()) {
                return List.of();
            }
            if (!a.star().has(StarPart.RESULT)) {
                if (!a.impact().forecasts().isEmpty()) {
                    return List.of(probe("That sounds like a projection. What has actually happened so far, in numbers?",
                            "The only outcome given is a forecast or a goal, and a forecast is not a result."));
                }
                return List.of(probe("What was the outcome? Give me the numbers: what changed, by how much, and by when?",
                        "The answer stops before saying what happened."));
            }
            return List.of(probe("How did you measure that result? What were the numbers before and after?",
                    "There is a result, but no number shows how big it was."));
        }
    }

    /** Mostly "we" (or passive voice): ask what the candidate personally did. */
    public static final class PersonalRole implements FollowUpPolicy {
        @Override
        public String name() {
            return "personal-role";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            AnswerAnalysis a = c.analysis();
            if (!a.relevance().judgeable()) {
                return List.of();
            }
            if (a.ownership().ownership() == Ownership.WE) {
                return List.of(probe("You said \"we\" a lot. What did you personally do, and what did others on the team do?",
                        "Most of the story is told as \"we\", so your own part is unclear."));
            }
            if (a.ownership().passive().size() >= 2) {
                return List.of(probe("Who made those calls, and which of them were yours?",
                        "Several steps are in the passive voice, so it is unclear who acted."));
            }
            return List.of();
        }
    }

    /** A disagreement question answered without any disagreement. */
    public static final class WherePushedBack implements FollowUpPolicy {
        @Override
        public String name() {
            return "where-pushed-back";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            AnswerAnalysis a = c.analysis();
            if (!c.traits().asksForDisagreement() || !a.disagreement().isEmpty() || !a.relevance().judgeable()) {
                return List.of();
            }
            return List.of(probe("Where exactly did you disagree, and what did you say or do to push back?",
                    "The question is about disagreeing, but the answer shows no point where you pushed back."));
        }
    }

    /** A mistake or failure question answered without a lesson. */
    public static final class WhatChangedAfterwards implements FollowUpPolicy {
        @Override
        public String name() {
            return "what-changed-afterwards";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            AnswerAnalysis a = c.analysis();
            if (!c.traits().asksForMistake() || !a.lessons().isEmpty() || !a.relevance().judgeable()) {
                return List.of();
            }
            return List.of(probe("What did you change afterwards, so that it would not happen again?",
                    "The question is about a mistake or setback, but the answer does not say what you learned or changed."));
        }
    }

    /** No data, metric or research anywhere in the story. */
    public static final class DataUsed implements FollowUpPolicy {
        @Override
        public String name() {
            return "data-used";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            AnswerAnalysis a = c.analysis();
            boolean anyAmount = !a.impact().resultAmounts().isEmpty() || !a.impact().otherAmounts().isEmpty();
            if (!a.relevance().judgeable() || !a.dataUse().isEmpty() || anyAmount) {
                return List.of();
            }
            return List.of(probe("What data did you use to decide what to do, and what did it tell you?",
                    "The answer mentions no data, metric or research behind the decisions."));
        }
    }

    /** The question's own follow-ups from the bank, in order. */
    public static final class QuestionFollowUps implements FollowUpPolicy {
        @Override
        public String name() {
            return "question-follow-up";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            List<FollowUp> out = new ArrayList<>();
            for (String f : c.question().followUps()) {
                out.add(probe(f, "A follow-up this question usually gets."));
            }
            return out;
        }
    }

    /** Deep dives for each targeted principle (from the LP guide, or built in when the guide has none). */
    public static final class PrincipleDeepDives implements FollowUpPolicy {
        @Override
        public String name() {
            return "lp-deep-dive";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            List<FollowUp> out = new ArrayList<>();
            int most = 0;
            for (LeadershipPrinciple lp : c.targets()) {
                most = Math.max(most, deepDives(c, lp).size());
            }
            for (int i = 0; i < most; i++) {
                for (LeadershipPrinciple lp : c.targets()) {
                    List<String> dives = deepDives(c, lp);
                    if (i < dives.size()) {
                        out.add(probe(dives.get(i), "A deep dive on " + lp.displayName() + "."));
                    }
                }
            }
            return out;
        }

        private static List<String> deepDives(ProbeContext c, LeadershipPrinciple lp) {
            List<String> fromGuide = c.deepDives().getOrDefault(lp, List.of());
            return fromGuide.isEmpty() ? BuiltInDeepDives.of(lp) : fromGuide;
        }
    }
}
