package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.Story;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges a reply to a probe against the probe's intent and the story it follows (rubric section 3). An off-probe
 * reply (another story, another subject, "I would" where the probe asked what you did) gets at most Not Inclined
 * and says why; an on-probe reply is judged on its substance.
 */
final class ProbeJudge {
    private static final Pattern GUESS = Pattern.compile("(?i)\\b(don't|do not|can't|cannot) (really )?(remember|recall)|"
            + "\\bnot sure\\b|\\bi guess\\b|\\bprobably\\b|\\bi assume\\b|\\bno idea\\b|\\bi think it (helped|worked)");
    private static final int THIN_WORDS = 12;
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(i think|a bit|maybe|kind of|sort of|i guess|not much)\\b");

    private ProbeJudge() {
    }

    static ProbeReading judge(AskedProbe probe, String question, AnswerAnalysis reply, String story) {
        ProbeIntent intent = probe.intent();
        Relevance.Kind kind = reply.relevance().kind();
        // a short reply may share no word with the probe and still continue the story: off-topic only when it shares
        // nothing with the story either
        boolean offTopic = kind == Relevance.Kind.OFF_TOPIC
                && (story == null || story.isBlank() || Terms.overlap(Terms.of(reply.text()), Terms.of(story)) == 0);
        if (kind == Relevance.Kind.EMPTY || kind == Relevance.Kind.TOO_SHORT || offTopic) {
            return off(probe, Vote.STRONGLY_NOT_INCLINED, reply.relevance().reason(), List.of(),
                    "Answer the follow-up directly: give " + intent.asksFor() + " in two or three sentences.");
        }
        Optional<String> away = SameStory.elsewhere(story, reply.text().source());
        ProbeCoverage.Given given = intent == ProbeIntent.CLARIFY || intent == ProbeIntent.GENERAL
                ? ProbeCoverage.detailInReply(probe.text(), question, reply)
                : ProbeCoverage.gives(intent, probe.text(), question, reply, null);
        if (away.isPresent()) {
            return off(probe, given.full() ? Vote.NOT_INCLINED : Vote.STRONGLY_NOT_INCLINED,
                    "It does not answer the probe: " + away.get() + ".", List.of(),
                    "Stay with the story you told: give " + intent.asksFor() + " for that situation.");
        }
        if (onlyHypothetical(reply) && !intent.caseIntent() && intent != ProbeIntent.DO_DIFFERENTLY) {
            // rubric section 4: a hypothetical-only answer is always Strongly Not Inclined
            return off(probe, Vote.STRONGLY_NOT_INCLINED, "It says what you would do, not what you did.",
                    reply.ownership().hypothetical(), "Say what you actually did in that situation, in the past tense.");
        }
        if (mostlyLesson(reply) && intent != ProbeIntent.LESSON && intent != ProbeIntent.DO_DIFFERENTLY && !intent.caseIntent()) {
            return off(probe, Vote.NOT_INCLINED, "It gives a lesson instead of " + intent.asksFor() + ".", List.of(),
                    tipFor(intent));
        }
        if (generalOnly(reply) && intent != ProbeIntent.LESSON && intent != ProbeIntent.DO_DIFFERENTLY && !intent.caseIntent()) {
            return off(probe, Vote.NOT_INCLINED, "It talks in general terms (\"I always\", \"I believe\") instead of saying what "
                    + "happened in that story.", List.of(), tipFor(intent));
        }
        if (given.full()) {
            return on(probe, reply, given);
        }
        if (given.partial()) {
            return new ProbeReading(probe, true, Vote.NOT_INCLINED, "It goes toward the probe, but " + given.note() + ".",
                    firstTwo(given.quotes()), tipFor(intent));
        }
        return off(probe, substantive(reply) ? Vote.NOT_INCLINED : Vote.STRONGLY_NOT_INCLINED,
                "It does not give " + intent.asksFor() + ", which is what the probe asked.", List.of(), tipFor(intent));
    }

    private static ProbeReading on(AskedProbe probe, AnswerAnalysis reply, ProbeCoverage.Given given) {
        String text = reply.text().source();
        Vote vote = Vote.INCLINED;
        String reason = "It answers the probe: " + given.note() + ".";
        boolean concrete = reply.text().tokens().stream().anyMatch(t -> t.number()) || !reply.impact().resultAmounts().isEmpty();
        if (probe.intent() == ProbeIntent.OUTCOME && GUESS.matcher(text).find()) {
            vote = Vote.NOT_INCLINED;
            reason = "It gives a number, but as a guess; an admitted guess is not a result.";
        } else if (reply.words() < THIN_WORDS && !concrete) {
            vote = Vote.NOT_INCLINED;
            reason = "It points the right way, but too briefly to judge (" + reply.words() + " words).";
        } else if (concrete && reply.words() >= 25 && reply.ownership().ownership() != Ownership.WE && !HEDGED.matcher(text).find()) {
            vote = Vote.STRONGLY_INCLINED;
        }
        return new ProbeReading(probe, true, vote, reason, firstTwo(given.quotes()), strongTip(probe.intent()));
    }

    /** Nothing in it happened: "I would" steps, with at most general statements around them. */
    private static boolean onlyHypothetical(AnswerAnalysis a) {
        if (a.story().kind() == Story.Kind.HYPOTHETICAL) {
            return true;
        }
        var facts = a.story().sentences();
        boolean anyHypothetical = facts.stream().anyMatch(f -> f.kind() == dev.loopcoach.core.analysis.SentenceFacts.Kind.HYPOTHETICAL);
        return anyHypothetical && facts.stream().noneMatch(dev.loopcoach.core.analysis.SentenceFacts::story);
    }

    /** Most of the reply is a lesson ("I learned", "since then I"), which answers a lesson probe and nothing else. */
    private static boolean mostlyLesson(AnswerAnalysis a) {
        ProbeCoverage.Given lesson = ProbeCoverage.gives(ProbeIntent.LESSON, "", "", a, null);
        int sentences = Math.max(1, a.text().sentences().size());
        return lesson.full() && lesson.quotes().size() * 2 >= sentences;
    }

    /** Self-description or beliefs, with no step of the story in it. */
    private static boolean generalOnly(AnswerAnalysis a) {
        long generic = a.story().sentences().stream()
                .filter(f -> f.kind() == dev.loopcoach.core.analysis.SentenceFacts.Kind.GENERIC).count();
        boolean numbers = a.text().tokens().stream().anyMatch(t -> t.number());
        return a.story().kind() == Story.Kind.GENERIC || !numbers && generic * 2 >= Math.max(1, a.story().sentences().size());
    }

    private static boolean substantive(AnswerAnalysis a) {
        return Terms.of(a.text()).size() >= 6;
    }

    private static ProbeReading off(AskedProbe probe, Vote vote, String reason, List<String> evidence, String tip) {
        Vote capped = vote.score() > Vote.NOT_INCLINED.score() ? Vote.NOT_INCLINED : vote;
        return new ProbeReading(probe, false, capped, reason, firstTwo(evidence), tip);
    }

    private static List<String> firstTwo(List<String> evidence) {
        return new LinkedHashSet<>(evidence).stream().limit(2).toList();
    }

    private static String tipFor(ProbeIntent intent) {
        return switch (intent) {
            case OUTCOME -> "Start with the result: \"<metric> went from A to B in <time>.\"";
            case PERSONAL_ROLE -> "Use \"I\" and name two or three things you did yourself.";
            case DATA -> "Name the report, query or research you used and the number it showed.";
            case PUSHBACK -> "Quote what you said when you pushed back, and to whom.";
            case LESSON -> "Say what you do differently now, and how you know it works.";
            case DO_DIFFERENTLY -> "Name one decision you would make differently and why.";
            case REAL_EXAMPLE -> "Name when and where it happened and what you did.";
            case SCOPE -> "Give the size: how many customers, people or teams, how much money, how long.";
            case CLARIFY, GENERAL -> "Answer the exact detail asked, with a name or a number, in two or three sentences.";
            case CASE_GOAL -> "State the goal in one sentence and the assumption behind it.";
            case CASE_CUSTOMER -> "Name one specific segment and its biggest pain, with a reason.";
            case CASE_OPTIONS -> "Give two concrete alternatives and what each would do for the customer.";
            case CASE_PRIORITY -> "Say what you would do first and why it beats the alternative.";
            case CASE_METRICS -> "Name one primary metric, one guardrail, and a target.";
            case CASE_RISKS -> "Name the biggest risk, what you would give up, and how you would limit the damage.";
        };
    }

    private static String strongTip(ProbeIntent intent) {
        return switch (intent) {
            case OUTCOME -> "Say the number first, then how you measured it.";
            case DATA -> "Add how that data changed your decision.";
            case PUSHBACK -> "Add how you committed once the decision was made.";
            case LESSON, DO_DIFFERENTLY -> "Name the mechanism that keeps it from happening again.";
            case PERSONAL_ROLE -> "Keep it this concrete in the main answer, too.";
            default -> "Fold this detail into your main answer next time.";
        };
    }
}
