package dev.loopcoach.core.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Calls out answers that cannot earn a positive vote: empty, one line or a few words, no story (hypothetical,
 * generic claims, filler), or off-topic (nothing shared with the question and nothing about work or the
 * principles).
 */
final class RelevanceCheck {
    /** Fewer words than this is "a few words", whatever the punctuation. */
    static final int MIN_WORDS = 25;
    /** A single sentence shorter than this is "one line". */
    static final int MIN_ONE_LINE_WORDS = 45;

    private static final Set<String> QUESTION_NOISE = Words.set(
            "tell", "me", "about", "a", "an", "the", "time", "when", "you", "your", "yours", "describe", "give", "example",
            "of", "walk", "through", "how", "what", "did", "do", "does", "have", "has", "had", "were", "was", "is", "are",
            "that", "this", "it", "to", "in", "on", "for", "with", "and", "or", "but", "if", "why", "which", "who", "where",
            "ever", "been", "some", "something", "someone", "one", "can", "could", "would", "should", "situation",
            "share", "moment", "there", "their", "they", "them", "we", "our", "i", "my", "by", "at", "as", "from", "be",
            "so", "any", "most", "more", "than", "not", "no", "up", "out", "into", "after", "before", "last", "recent",
            "happened", "handle", "handled", "approach", "think", "talk", "explain", "instance", "specific", "story");
    private static final List<String> WORK_PREFIXES = List.of(
            "team", "project", "customer", "client", "user", "product", "manag", "stakeholder", "launch", "featur",
            "engineer", "data", "metric", "deadlin", "company", "busines", "revenu", "cost", "budget", "goal", "plan",
            "meet", "decision", "problem", "issu", "solution", "proces", "program", "partner", "vendor", "design",
            "research", "report", "analysi", "strategy", "market", "sale", "growth", "hir", "role", "job", "work",
            "colleagu", "boss", "lead", "leadership", "director", "vp", "roadmap", "releas", "sprint", "test", "pm",
            "ship", "app", "servic", "platform", "system", "tool", "org", "organization", "employ", "fix", "bug",
            "order", "seller", "support", "contract", "quarter", "target", "result", "impact", "experiment", "spec",
            "requirement", "deliver", "mentor", "interview", "candidat", "promot", "review", "feedback", "schedul");

    private RelevanceCheck() {
    }

    /** A follow-up answer may be short, but not a handful of words. */
    static final int MIN_FOLLOW_UP_WORDS = 8;

    static Relevance check(ParsedText answer, ParsedText question, Story story, LpTagging answerSignals,
            List<dev.loopcoach.core.lp.LeadershipPrinciple> targeted, boolean followUp) {
        return check(answer, question, story, answerSignals, targeted, followUp, !WORK.match(answer).isEmpty());
    }

    /** @param mentionsWork whether the answer uses any work vocabulary ({@link #WORK}) */
    static Relevance check(ParsedText answer, ParsedText question, Story story, LpTagging answerSignals,
            List<dev.loopcoach.core.lp.LeadershipPrinciple> targeted, boolean followUp, boolean mentionsWork) {
        if (answer.isEmpty()) {
            return new Relevance(Relevance.Kind.EMPTY, "There is no answer to judge yet.");
        }
        int words = answer.words();
        boolean tooShort = followUp ? words < MIN_FOLLOW_UP_WORDS
                : words < MIN_WORDS || answer.sentences().size() == 1 && words < MIN_ONE_LINE_WORDS;
        if (tooShort) {
            return new Relevance(Relevance.Kind.TOO_SHORT, words == 1
                    ? "One word is not an answer an interviewer can assess."
                    : followUp ? "At " + words + " words this does not answer the follow-up."
                    : "At " + words + " words this is one line, not a story an interviewer can assess.");
        }
        boolean work = mentionsWork;
        boolean overlap = sharesContent(question, answer);
        boolean lpSignal = false;
        for (dev.loopcoach.core.lp.LeadershipPrinciple lp : targeted) {
            lpSignal |= answerSignals.of(lp).score() >= 0.3;
        }
        if (!work && !overlap && !lpSignal) {
            return new Relevance(Relevance.Kind.OFF_TOPIC,
                    "Nothing in the answer relates to the question or to a work situation.");
        }
        if (!followUp && story.kind() == Story.Kind.STORY && !targeted.isEmpty() && !lpSignal && !overlap
                && aboutSomethingElse(question, answer, answerSignals, targeted)) {
            return new Relevance(Relevance.Kind.OFF_TOPIC, "It tells a story about something else: nothing in it speaks to "
                    + targeted.get(0).displayName() + " or to what the question asks about.");
        }
        if (!followUp && story.kind() == Story.Kind.STORY && untouchedSubject(answerSignals, targeted)) {
            return new Relevance(Relevance.Kind.OFF_TOPIC, "It tells a story about something else: " + targeted.get(0).displayName()
                    + " is about " + CONCRETE_SUBJECTS.get(targeted.get(0)) + ", and the story never comes to it.");
        }
        if (echoesQuestion(question, answer)) {
            return new Relevance(Relevance.Kind.NO_STORY,
                    "It repeats the question instead of telling one thing that happened.");
        }
        return switch (story.kind()) {
            case HYPOTHETICAL -> new Relevance(Relevance.Kind.NO_STORY,
                    "It says what you would do, not what you did; interviewers want a real past example.");
            case GENERIC -> new Relevance(Relevance.Kind.NO_STORY,
                    "It makes general claims instead of telling one specific thing that happened.");
            case RAMBLING -> new Relevance(Relevance.Kind.NO_STORY,
                    "Filler words drown out the story; the context, steps and outcome are hard to find.");
            case EMPTY -> new Relevance(Relevance.Kind.EMPTY, "There is no answer to judge yet.");
            case STORY -> new Relevance(Relevance.Kind.ON_TOPIC, "");
        };
    }

    /**
     * Below this the targeted principle does not register at all: well under the verdict's "little speaks to it"
     * (0.25), so a story the tagger half-recognises keeps the benefit of the doubt.
     */
    private static final double NO_SIGNAL = 0.15;

    /**
     * A real story that answers another question (rubric section 4: off-topic is always Strongly Not Inclined): the
     * targeted principles barely register and not one content word of the question comes back. A question with fewer
     * than two content words says too little to tell.
     */
    private static boolean aboutSomethingElse(ParsedText question, ParsedText answer, LpTagging answerSignals,
            List<dev.loopcoach.core.lp.LeadershipPrinciple> targeted) {
        for (dev.loopcoach.core.lp.LeadershipPrinciple lp : targeted) {
            if (answerSignals.of(lp).score() >= NO_SIGNAL) {
                return false;
            }
        }
        Set<String> q = contentStems(question);
        if (q.size() < 2) {
            return false;
        }
        q.retainAll(contentStems(answer));
        return q.isEmpty();
    }

    /**
     * Principles with a concrete subject of their own: a story that shows one of them talks about that subject. For the
     * others (ownership, judgment, standards...) a story can show the principle in words no cue list foresees.
     */
    private static final java.util.Map<dev.loopcoach.core.lp.LeadershipPrinciple, String> CONCRETE_SUBJECTS = java.util.Map.of(
            dev.loopcoach.core.lp.LeadershipPrinciple.FRUGALITY, "doing more with less (money, people, time or tools)",
            dev.loopcoach.core.lp.LeadershipPrinciple.HIRE_AND_DEVELOP, "hiring people or helping them grow",
            dev.loopcoach.core.lp.LeadershipPrinciple.LEARN_AND_BE_CURIOUS, "learning something new or following your curiosity");

    /**
     * Every targeted principle has a concrete subject and not one of its cues appears in the story: a real story that
     * answers another question (rubric section 4: off-topic is always Strongly Not Inclined).
     */
    private static boolean untouchedSubject(LpTagging answerSignals, List<dev.loopcoach.core.lp.LeadershipPrinciple> targeted) {
        if (targeted.isEmpty()) {
            return false;
        }
        for (dev.loopcoach.core.lp.LeadershipPrinciple lp : targeted) {
            if (!CONCRETE_SUBJECTS.containsKey(lp) || answerSignals.of(lp).raw() > 0) {
                return false;
            }
        }
        return true;
    }

    static final CueSet WORK = CueSet.of(WORK_PREFIXES.stream()
            .flatMap(p -> CueSet.compile("work", 1, p + "*", "work vocabulary").stream()).toList());



    /** Novel content words an answer may add to the question's own and still only restate it. */
    private static final int ECHO_NEW_WORDS = 8;
    private static final int ECHO_MAX_WORDS = 120;

    /**
     * A copied question: most of the question's content words come back and the answer adds almost nothing of its
     * own ("A time I had to dive deep? Yes, there was a time I had to dive deep, and I did").
     */
    static boolean echoesQuestion(ParsedText question, ParsedText answer) {
        if (answer.words() > ECHO_MAX_WORDS) {
            return false; // a long answer says something of its own, whatever else it repeats
        }
        Set<String> q = contentStems(question);
        if (q.size() < 3) {
            return false;
        }
        Set<String> a = contentStems(answer);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(q);
        Set<String> added = new HashSet<>(a);
        added.removeAll(q);
        return shared.size() * 5 >= q.size() * 3 && added.size() <= ECHO_NEW_WORDS;
    }

    private static Set<String> contentStems(ParsedText text) {
        Set<String> out = new HashSet<>();
        for (Token t : text.tokens()) {
            if (!QUESTION_NOISE.contains(t.lower()) && t.stem().length() > 2 && Character.isLetter(t.lower().charAt(0))) {
                out.add(t.stem());
            }
        }
        return out;
    }

    private static boolean sharesContent(ParsedText question, ParsedText answer) {
        Set<String> q = new HashSet<>();
        for (Token t : question.tokens()) {
            if (!QUESTION_NOISE.contains(t.lower()) && t.stem().length() > 2) {
                q.add(t.stem());
            }
        }
        if (q.isEmpty()) {
            return false;
        }
        for (Token t : answer.tokens()) {
            if (q.contains(t.stem())) {
                return true;
            }
        }
        return false;
    }
}
