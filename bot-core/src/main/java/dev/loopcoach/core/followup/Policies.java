package dev.loopcoach.core.followup;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.analysis.Story;
import dev.loopcoach.core.coaching.CaseRubric;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeCoverage;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.ProbeReading;
import dev.loopcoach.core.coaching.ProbeWording;
import dev.loopcoach.core.coaching.RecruiterRubric;
import dev.loopcoach.core.coaching.RubricKind;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/** The built-in follow-up policies, in the order a Bar Raiser would use them. */
public final class Policies {
    private Policies() {
    }

    /**
     * Every probe the coach asks comes from this list, in this order: after a reply, a rephrase of a probe that was
     * not answered; after a main answer, the gaps of its rubric (story, case or recruiter), then the question's own
     * follow-ups and the deep dives on its principles, each skipped when the answer already covers what it asks.
     */
    public static List<FollowUpPolicy> standard() {
        return List.of(new RephraseUnanswered(), new RealExample(), new OutcomeInNumbers(), new PersonalRole(),
                new WherePushedBack(), new WhatChangedAfterwards(), new DataUsed(), new CaseGaps(), new RecruiterGaps(),
                new QuestionFollowUps(), new PrincipleDeepDives());
    }

    /** A reply that did not answer the probe gets the probe once more, worded differently (never a third time). */
    public static final class RephraseUnanswered implements FollowUpPolicy {
        @Override
        public String name() {
            return "rephrase-unanswered";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (c.reply().isEmpty() || c.reply().get().answersProbe()) {
                return List.of();
            }
            ProbeReading r = c.reply().get();
            ProbeIntent intent = r.probe().intent();
            return List.of(probe(rephrase(intent), "The last reply did not give " + intent.asksFor() + ": "
                    + lowerFirst(r.reason()), intent));
        }

        static String rephrase(ProbeIntent intent) {
            return switch (intent) {
                case OUTCOME -> "If you had to put one number on the outcome of that story, what would it be?";
                case PERSONAL_ROLE -> "Name one decision or step in that story that was yours alone. What was it?";
                case DATA -> "Which specific report or number did you look at then, and what did it say?";
                case PUSHBACK -> "What exactly did you say when you disagreed, and how did the other person respond?";
                case LESSON -> "What do you do differently today because of that experience?";
                case DO_DIFFERENTLY -> "Looking back at that situation, which one decision would you change, and why?";
                case REAL_EXAMPLE -> "When was the last time this happened to you, and what did you do first?";
                case SCOPE -> "Roughly how big was it: how many customers or people, how much money, how long?";
                case CLARIFY, GENERAL -> "Let me ask it more simply: in that same situation, what exactly happened, with a name or a number?";
                case CASE_GOAL -> "In one sentence: what goal would you optimize for here?";
                case CASE_CUSTOMER -> "Which one customer segment would you serve first, and what is their biggest pain?";
                case CASE_OPTIONS -> "Give me two concrete options you would consider, and what each does for the customer.";
                case CASE_PRIORITY -> "If you could do only one of those this quarter, which one, and why that one?";
                case CASE_METRICS -> "Which single number would tell you this worked, and what would make you stop?";
                case CASE_RISKS -> "What is the one thing most likely to go wrong, and what would you do about it?";
            };
        }

        private static String lowerFirst(String s) {
            return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** A case answer that misses parts of the walk-through: ask about the first two missing parts. */
    public static final class CaseGaps implements FollowUpPolicy {
        static final int MAX = 2;

        @Override
        public String name() {
            return "case-gap";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (c.rubric() != RubricKind.CASE || c.afterReply() || c.cases().isEmpty()) {
                return List.of();
            }
            List<FollowUp> out = new ArrayList<>();
            for (CaseRubric.Dimension d : c.cases().get().missing()) {
                if (out.size() < MAX) {
                    out.add(probe(d.probe(), "The answer does not yet " + d.label().replaceFirst("s ", " ") + ".", d.intent()));
                }
            }
            return out;
        }
    }

    /** A recruiter-screen answer without motivation, a record or specifics: ask for the most important one. */
    public static final class RecruiterGaps implements FollowUpPolicy {
        @Override
        public String name() {
            return "recruiter-gap";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (c.rubric() != RubricKind.RECRUITER || c.afterReply() || c.recruiter().isEmpty()) {
                return List.of();
            }
            for (RecruiterRubric.Part p : List.of(RecruiterRubric.Part.MOTIVATION, RecruiterRubric.Part.RECORD,
                    RecruiterRubric.Part.SPECIFIC, RecruiterRubric.Part.ROLE_LINK)) {
                if (c.recruiter().get().missing().contains(p)) {
                    return List.of(probe(p.probe(), "The answer does not yet " + p.label().replaceFirst("s ", " ") + ".",
                            ProbeIntent.CLARIFY));
                }
            }
            return List.of();
        }
    }

    /** A hypothetical or generic answer: ask for one real time it happened. */
    public static final class RealExample implements FollowUpPolicy {
        @Override
        public String name() {
            return "real-example";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (!c.story()) {
                return List.of();
            }
            Story.Kind kind = c.analysis().story().kind();
            Relevance.Kind rel = c.analysis().relevance().kind();
            if (rel == Relevance.Kind.EMPTY || rel == Relevance.Kind.TOO_SHORT || rel == Relevance.Kind.OFF_TOPIC) {
                return List.of(probe("Let's try that with a real example: what was the situation, what did you do, "
                        + "and what was the result?", "The answer was too short or off-topic to assess.", ProbeIntent.REAL_EXAMPLE));
            }
            if (kind == Story.Kind.HYPOTHETICAL) {
                return List.of(probe("Tell me about one specific time you actually did this. What was the situation, "
                        + "and what did you do?", "The answer describes what you would do, not what you did.", ProbeIntent.REAL_EXAMPLE));
            }
            if (kind == Story.Kind.GENERIC || kind == Story.Kind.RAMBLING) {
                return List.of(probe("Can you walk me through one specific example, from the situation to the outcome?",
                        "The answer makes general points instead of telling one story.", ProbeIntent.REAL_EXAMPLE));
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
            if (!c.story()) {
                return List.of();
            }
            AnswerAnalysis a = c.analysis();
            if (!a.relevance().judgeable() || a.impact().quantified()) {
                return List.of();
            }
            if (!a.star().has(StarPart.RESULT)) {
                if (!a.impact().forecasts().isEmpty()) {
                    return List.of(probe("That sounds like a projection. What has actually happened so far, in numbers?",
                            "The only outcome given is a forecast or a goal, and a forecast is not a result.", ProbeIntent.OUTCOME));
                }
                return List.of(probe("What was the outcome? Give me the numbers: what changed, by how much, and by when?",
                        "The answer stops before saying what happened.", ProbeIntent.OUTCOME));
            }
            return List.of(probe("How did you measure that result? What were the numbers before and after?",
                    "There is a result, but no number shows how big it was.", ProbeIntent.OUTCOME));
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
            if (!c.story()) {
                return List.of();
            }
            AnswerAnalysis a = c.analysis();
            if (!a.relevance().judgeable()) {
                return List.of();
            }
            if (a.ownership().ownership() == Ownership.WE) {
                return List.of(probe("You said \"we\" a lot. What did you personally do, and what did others on the team do?",
                        "Most of the story is told as \"we\", so your own part is unclear.", ProbeIntent.PERSONAL_ROLE));
            }
            if (a.ownership().passive().size() >= 2) {
                return List.of(probe("Who made those calls, and which of them were yours?",
                        "Several steps are in the passive voice, so it is unclear who acted.", ProbeIntent.PERSONAL_ROLE));
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
            if (!c.story()) {
                return List.of();
            }
            AnswerAnalysis a = c.analysis();
            if (!c.traits().asksForDisagreement() || !a.disagreement().isEmpty() || !a.relevance().judgeable()) {
                return List.of();
            }
            return List.of(probe("Where exactly did you disagree, and what did you say or do to push back?",
                    "The question is about disagreeing, but the answer shows no point where you pushed back.", ProbeIntent.PUSHBACK));
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
            if (!c.story()) {
                return List.of();
            }
            AnswerAnalysis a = c.analysis();
            if (!c.traits().asksForMistake() || !a.lessons().isEmpty() || !a.relevance().judgeable()) {
                return List.of();
            }
            return List.of(probe("What did you change afterwards, so that it would not happen again?",
                    "The question is about a mistake or setback, but the answer does not say what you learned or changed.", ProbeIntent.LESSON));
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
            if (!c.story()) {
                return List.of();
            }
            AnswerAnalysis a = c.analysis();
            boolean anyAmount = !a.impact().resultAmounts().isEmpty() || !a.impact().otherAmounts().isEmpty();
            if (!a.relevance().judgeable() || !a.dataUse().isEmpty() || anyAmount) {
                return List.of();
            }
            return List.of(probe("What data did you use to decide what to do, and what did it tell you?",
                    "The answer mentions no data, metric or research behind the decisions.", ProbeIntent.DATA));
        }
    }

    /** The question's own follow-ups from the bank, in order. */
    public static final class QuestionFollowUps implements FollowUpPolicy {
        @Override
        public boolean stock() {
            return true;
        }

        @Override
        public String name() {
            return "question-follow-up";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (c.afterReply()) {
                return List.of();
            }
            List<FollowUp> out = new ArrayList<>();
            for (String f : c.question().followUps()) {
                ProbeIntent intent = ProbeWording.guess(f, c.rubric() == RubricKind.CASE);
                if (!covered(c, f, intent)) {
                    out.add(probe(f, "A follow-up this question usually gets.", intent));
                }
            }
            return out;
        }
    }

    /** Deep dives for each targeted principle (from the LP guide, or built in when the guide has none). */
    public static final class PrincipleDeepDives implements FollowUpPolicy {
        @Override
        public boolean stock() {
            return true;
        }

        @Override
        public String name() {
            return "lp-deep-dive";
        }

        @Override
        public List<FollowUp> propose(ProbeContext c) {
            if (!c.story()) {
                return List.of();
            }
            List<FollowUp> out = new ArrayList<>();
            int most = 0;
            for (LeadershipPrinciple lp : c.targets()) {
                most = Math.max(most, deepDives(c, lp).size());
            }
            for (int i = 0; i < most; i++) {
                for (LeadershipPrinciple lp : c.targets()) {
                    List<String> dives = deepDives(c, lp);
                    if (i < dives.size()) {
                        ProbeIntent intent = ProbeWording.guess(dives.get(i));
                        if (!covered(c, dives.get(i), intent)) {
                            out.add(probe(dives.get(i), "A deep dive on " + lp.displayName() + ".", intent));
                        }
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

    /** A stock probe is not asked when the answer already gives what it asks for (rubric section 3). */
    static boolean covered(ProbeContext c, String probe, ProbeIntent intent) {
        return ProbeCoverage.covers(intent, probe, c.question().text(), c.analysis(), c.cases().orElse(null));
    }
}
