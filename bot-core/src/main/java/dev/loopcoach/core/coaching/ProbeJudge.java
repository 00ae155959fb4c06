package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.StarPart;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges an answer to a follow-up probe on what the probe asked for: an outcome probe needs a result with a
 * number, a "what did you personally do" probe needs steps in "I", a data probe needs the data named, and so on.
 */
final class ProbeJudge {

    record Judgement(Vote vote, boolean met, String verdict, List<String> evidence, String tip, String press) {
    }

    private ProbeJudge() {
    }

    static Judgement judge(ProbeIntent intent, AnswerAnalysis a) {
        if (!a.relevance().judgeable() && a.relevance().kind() != dev.loopcoach.core.analysis.Relevance.Kind.NO_STORY) {
            return new Judgement(Vote.STRONGLY_NOT_INCLINED, false, a.relevance().reason(), List.of(),
                    "Answer the follow-up directly: give " + intent.asksFor() + " in two or three sentences.",
                    press(intent));
        }
        return switch (intent) {
            case OUTCOME -> outcome(a);
            case PERSONAL_ROLE -> personal(a);
            case DATA -> data(a);
            case PUSHBACK -> pushback(a);
            case LESSON -> lesson(a);
            case REAL_EXAMPLE -> realExample(a);
            case GENERAL -> general(a);
        };
    }

    private static Judgement outcome(AnswerAnalysis a) {
        if (a.impact().quantified()) {
            Vote v = a.length().words() >= 15 ? Vote.STRONGLY_INCLINED : Vote.INCLINED;
            return met(v, "It gives a measured outcome (" + String.join(", ", a.impact().resultAmounts().stream().limit(2).toList()) + ").",
                    a.impact().evidence(), "Say the number first, then how you measured it.");
        }
        if (a.star().has(StarPart.RESULT)) {
            return unmet(Vote.NOT_INCLINED, "It names an outcome, but without a number.",
                    a.star().evidenceFor(StarPart.RESULT), "Give the before and after figures, even if approximate.",
                    press(ProbeIntent.OUTCOME));
        }
        if (!a.impact().forecasts().isEmpty()) {
            return unmet(Vote.NOT_INCLINED, "It gives a forecast, not something that happened.", a.impact().forecasts(),
                    "Say what has actually changed so far, with a number.", press(ProbeIntent.OUTCOME));
        }
        return unmet(Vote.STRONGLY_NOT_INCLINED, "It still does not say what the outcome was.", List.of(),
                "Start with the result: \"<metric> went from A to B in <time>.\"", press(ProbeIntent.OUTCOME));
    }

    private static Judgement personal(AnswerAnalysis a) {
        Ownership o = a.ownership().ownership();
        if (o == Ownership.I && a.star().has(StarPart.ACTION)) {
            return met(Vote.INCLINED, "It names steps you took yourself.", a.star().evidenceFor(StarPart.ACTION),
                    "Keep it this concrete in the main answer, too.");
        }
        if (o == Ownership.WE) {
            return unmet(Vote.STRONGLY_NOT_INCLINED, "It is still told as \"we\"; your own part is not visible.",
                    List.of(), "Use \"I\" and name two or three things you did yourself.", press(ProbeIntent.PERSONAL_ROLE));
        }
        return unmet(Vote.NOT_INCLINED, "Your own steps are only partly clear.", a.star().evidenceFor(StarPart.ACTION),
                "Separate clearly what you did from what others did.", press(ProbeIntent.PERSONAL_ROLE));
    }

    private static Judgement data(AnswerAnalysis a) {
        boolean amounts = !a.impact().resultAmounts().isEmpty() || !a.impact().otherAmounts().isEmpty();
        if (!a.dataUse().isEmpty() && amounts) {
            return met(Vote.INCLINED, "It names the data and what it showed.", a.dataUse(),
                    "Add how that data changed your decision.");
        }
        if (!a.dataUse().isEmpty()) {
            return unmet(Vote.NOT_INCLINED, "It names a data source but not what it showed.", a.dataUse(),
                    "Give the number the data showed and what you concluded.", press(ProbeIntent.DATA));
        }
        return unmet(Vote.STRONGLY_NOT_INCLINED, "It does not name any data.", List.of(),
                "Name the report, query or research you used and the number it showed.", press(ProbeIntent.DATA));
    }

    private static Judgement pushback(AnswerAnalysis a) {
        if (!a.disagreement().isEmpty()) {
            return met(Vote.INCLINED, "It shows where you disagreed.", a.disagreement(),
                    "Add how you committed once the decision was made.");
        }
        return unmet(Vote.NOT_INCLINED, "It still does not show a moment of disagreement.", List.of(),
                "Quote what you said when you pushed back, and to whom.", press(ProbeIntent.PUSHBACK));
    }

    private static Judgement lesson(AnswerAnalysis a) {
        if (!a.lessons().isEmpty()) {
            return met(Vote.INCLINED, "It says what you changed afterwards.", a.lessons(),
                    "Name the mechanism that keeps it from happening again.");
        }
        return unmet(Vote.NOT_INCLINED, "It does not say what you changed afterwards.", List.of(),
                "Say what you do differently now, and how you know it works.", press(ProbeIntent.LESSON));
    }

    private static Judgement realExample(AnswerAnalysis a) {
        if (a.story().tellsStory() && a.star().has(StarPart.ACTION)) {
            Vote v = a.star().has(StarPart.RESULT) ? Vote.INCLINED : Vote.NOT_INCLINED;
            return new Judgement(v, true, "Now there is a real example.", firstTwo(a.star().evidenceFor(StarPart.ACTION)),
                    a.star().has(StarPart.RESULT) ? "Lead with this story next time." : "Finish the story with its outcome.",
                    null);
        }
        return unmet(Vote.STRONGLY_NOT_INCLINED, "It is still general rather than one real situation.", List.of(),
                "Name when and where it happened and what you did.", press(ProbeIntent.REAL_EXAMPLE));
    }

    private static Judgement general(AnswerAnalysis a) {
        boolean substance = a.star().has(StarPart.ACTION) || a.star().has(StarPart.RESULT) || a.impact().quantified();
        if (substance && a.relevance().judgeable()) {
            List<String> ev = new ArrayList<>(a.star().evidenceFor(StarPart.ACTION));
            ev.addAll(a.star().evidenceFor(StarPart.RESULT));
            return met(a.impact().quantified() ? Vote.INCLINED : Vote.NOT_INCLINED,
                    "It adds concrete detail.", ev,
                    "Tie the detail back to the outcome, with a number.");
        }
        return unmet(Vote.NOT_INCLINED, "It adds little concrete detail.", List.of(),
                "Answer with specifics: what you did, when, and what changed.", null);
    }

    private static Judgement met(Vote v, String verdict, List<String> evidence, String tip) {
        return new Judgement(v, true, verdict, firstTwo(evidence), tip, null);
    }

    private static Judgement unmet(Vote v, String verdict, List<String> evidence, String tip, String press) {
        return new Judgement(v, false, verdict, firstTwo(evidence), tip, press);
    }

    /** At most two distinct quotes, in order. */
    private static List<String> firstTwo(List<String> evidence) {
        return new java.util.LinkedHashSet<>(evidence).stream().limit(2).toList();
    }

    /** A sharper re-ask when the probe was not answered, worded differently so it is never the same question twice. */
    static String press(ProbeIntent intent) {
        return switch (intent) {
            case OUTCOME -> "If you had to put one number on the outcome, what would it be?";
            case PERSONAL_ROLE -> "Name one decision or step that was yours alone. What was it?";
            case DATA -> "Which specific report or number did you look at, and what did it say?";
            case PUSHBACK -> "What exactly did you say when you disagreed, and how did the other person respond?";
            case LESSON -> "What do you do differently today because of that experience?";
            case REAL_EXAMPLE -> "When was the last time this happened to you, and what did you do first?";
            case GENERAL -> null;
        };
    }
}
