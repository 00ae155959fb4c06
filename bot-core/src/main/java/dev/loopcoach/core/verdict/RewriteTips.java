package dev.loopcoach.core.verdict;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.LanguageIssue;
import dev.loopcoach.core.analysis.LengthFinding;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.analysis.Story;
import dev.loopcoach.core.followup.QuestionTraits;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or three concrete rewrite tips, most important first, quoting the answer where a sentence should change.
 * Each tip is a small rule; the first three that apply are kept.
 */
public final class RewriteTips {
    private static final int MAX_TIPS = 3;
    private static final int MIN_TIPS = 2;
    private static final int MAX_QUOTE = 90;

    private RewriteTips() {
    }

    public static List<String> of(AnswerAnalysis a, List<LeadershipPrinciple> targets, QuestionTraits traits) {
        return of(a, targets, traits, java.util.Set.of());
    }

    /** @param shown principles the vote already found positive: no tip to "make them visible" */
    public static List<String> of(AnswerAnalysis a, List<LeadershipPrinciple> targets, QuestionTraits traits,
                                  java.util.Set<LeadershipPrinciple> shown) {
        List<String> tips = new ArrayList<>();
        Relevance.Kind rel = a.relevance().kind();
        if (rel == Relevance.Kind.EMPTY || rel == Relevance.Kind.TOO_SHORT || rel == Relevance.Kind.OFF_TOPIC) {
            tips.add("Answer with one real situation from your work that fits the question: one or two sentences of "
                    + "context, your goal, what you did step by step, and the result in numbers.");
            tips.add("Aim for about 250-300 words (two minutes spoken); most of it on what you personally did.");
            if (!targets.isEmpty()) {
                tips.add("Pick a story where " + targets.get(0).displayName() + " is the point, not a side note.");
            }
            return tips;
        }
        Story.Kind kind = a.story().kind();
        if (kind == Story.Kind.HYPOTHETICAL) {
            tips.add("Replace \"I would...\" with one time it really happened: \"Last year at <company>, I...\", in the past tense.");
        } else if (kind == Story.Kind.GENERIC) {
            tips.add("Swap the general claims for one specific example: when it was, what was at stake, what you did.");
        } else if (kind == Story.Kind.RAMBLING) {
            tips.add("Cut the filler (\"um\", \"like\", \"you know\") and tell it in order: context, goal, steps, result.");
        }
        if (a.story().tellsStory()) {
            if (!a.star().has(StarPart.RESULT) && !a.impact().forecasts().isEmpty()) {
                tips.add("Replace the projection (\u201c" + cut(a.impact().forecasts().get(0)) + "\u201d) with what has "
                        + "happened so far, e.g. \"After four weeks, <metric> is up from A to B.\"");
            } else if (!a.star().has(StarPart.RESULT)) {
                tips.add("End with the outcome: \"As a result, <metric> went from A to B in <time>\", and one line on what you learned.");
            } else if (!a.impact().quantified()) {
                tips.add("Put a number on the result: rewrite \u201c" + cut(last(a.star().evidenceFor(StarPart.RESULT)))
                        + "\u201d with the before and after figures.");
            }
            if (traits.asksForDisagreement() && a.disagreement().isEmpty()) {
                tips.add("Show the disagreement itself: what you believed, what you said to whom, and how you committed afterwards.");
            }
            if (traits.asksForMistake() && a.lessons().isEmpty()) {
                tips.add("Close with the lesson: what you changed afterwards so it will not happen again.");
            }
            if (a.ownership().ownership() == Ownership.WE) {
                tips.add("Say \"I\" for your own steps: " + a.ownership().weSteps() + " of your steps are told with \"we\" and "
                        + a.ownership().iSteps() + " with \"I\". Name what you did and what the team did.");
            } else if (!a.ownership().passive().isEmpty()) {
                tips.add("Name who acted: rewrite \u201c" + cut(a.ownership().passive().get(0)) + "\u201d in the active voice, with \"I\".");
            }
            if (!a.ownership().hypothetical().isEmpty()) {
                tips.add("Replace \u201c" + cut(a.ownership().hypothetical().get(0)) + "\u201d with what you actually did.");
            }
            if (!a.star().has(StarPart.ACTION)) {
                tips.add("Describe your steps in the past tense, one by one: \"First I..., then I...\".");
            }
            if (!a.star().has(StarPart.TASK)) {
                tips.add("Add one sentence on your goal: \"My goal was to <outcome> by <date>.\"");
            }
            if (!a.star().has(StarPart.SITUATION)) {
                tips.add("Open with one or two sentences of context: where you were, what was going on, why it mattered.");
            }
            for (LeadershipPrinciple lp : targets) {
                if (a.lps().missed().contains(lp) && !shown.contains(lp)) {
                    tips.add("Make " + lp.displayName() + " visible: " + PrincipleHints.of(lp));
                    break;
                }
            }
        }
        LengthFinding len = a.length();
        if (len.band() == LengthFinding.Band.TOO_LONG) {
            tips.add("Cut to about 300 words: keep context to two sentences and spend most of the time on your actions and the result.");
        } else if (len.band() == LengthFinding.Band.TOO_SHORT) {
            tips.add("Expand to about 250-300 words: add the steps you took and what changed because of them.");
        }
        for (LanguageIssue i : a.language().issues()) {
            if (i.kind() == LanguageIssue.Kind.WEASEL || i.kind() == LanguageIssue.Kind.HEDGE) {
                tips.add("Replace \"" + i.phrase() + "\": " + i.suggestion() + ".");
                break;
            }
        }
        if (tips.size() < MIN_TIPS) {
            tips.add("Lead with the headline result in one sentence, then tell the story behind it.");
        }
        if (tips.size() < MIN_TIPS) {
            tips.add("Keep the action part the longest (about 60% of the answer) and in \"I\".");
        }
        return List.copyOf(tips.subList(0, Math.min(MAX_TIPS, tips.size())));
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? "" : list.get(list.size() - 1);
    }

    private static String cut(String s) {
        if (s.length() <= MAX_QUOTE) {
            return s;
        }
        int c = MAX_QUOTE - 1;
        while (c > MAX_QUOTE / 2 && s.charAt(c) != ' ') {
            c--;
        }
        return s.substring(0, c).stripTrailing() + "\u2026";
    }
}
