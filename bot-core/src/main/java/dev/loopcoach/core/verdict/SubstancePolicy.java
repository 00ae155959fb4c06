package dev.loopcoach.core.verdict;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.coaching.Vote;
import java.util.ArrayList;
import java.util.List;

/**
 * Substance over surface (rubric section 4): the story is judged on its core (see {@link Padding}), and then an
 * answer over about 3 minutes spoken (about 425 words) loses a step, and so does an answer that is mostly background
 * or that tells its story again.
 */
public final class SubstancePolicy {
    public static final int LONG_WORDS = 425;
    /** One repeated sentence can be a recap; two or more are the story told again. */
    static final int REPEATS_THAT_COST = 2;
    private static final java.util.regex.Pattern WORD_COUNT = java.util.regex.Pattern.compile("\\(\\d+ words, about|\\(\\d+ words\\)");

    private SubstancePolicy() {
    }

    /**
     * @param v the verdict on the story's core
     * @param padding what was set aside to get that core
     */
    public static Verdict apply(Verdict v, Padding padding) {
        if (!v.judgeable()) {
            return v;
        }
        List<String> why = new ArrayList<>();
        int steps = 0;
        if (padding.repeated() >= REPEATS_THAT_COST) {
            steps++; // told twice, the story costs the interviewer the time of two and shows nothing new
        }
        if (padding.repeated() > 0) {
            why.add("Says the same thing more than once (" + padding.repeated() + (padding.repeated() == 1 ? " sentence repeats"
                    : " sentences repeat") + " what came before): repetition adds length, not evidence.");
        }
        if (padding.words() > LONG_WORDS) {
            steps++;
            why.add("Over 3 minutes spoken (" + padding.words() + " words): an interviewer stops listening; keep it near 2 minutes.");
        }
        if (padding.mostlyBackground()) {
            steps++;
            why.add("Mostly background: " + padding.backgroundWords() + " of " + padding.storyWords()
                    + " words come before your first step; keep the context to two sentences and spend the time on what you did.");
        }
        if (why.isEmpty() && !padding.trimmed()) {
            return v;
        }
        List<LpVote> votes = new ArrayList<>();
        for (LpVote lv : v.votes()) {
            List<String> gaps = new ArrayList<>(why);
            // the length the judge saw was the story's core: say so, rather than miscount the candidate's own words
            for (String g : lv.gaps()) {
                if (padding.trimmed() && WORD_COUNT.matcher(g).find()) {
                    gaps.add("The story itself is short: " + padding.coreWords() + " words once repeats, long background and "
                            + "closing remarks are set aside.");
                } else {
                    gaps.add(g);
                }
            }
            votes.add(new LpVote(lv.lp(), down(lv.vote(), steps), lv.points(), lv.strengths(), gaps, lv.evidence()));
        }
        Vote overall = down(v.overall(), steps);
        return new Verdict(votes, overall, true, LevelCalibration.relabel(v.headline(), v.overall(), overall));
    }

    private static Vote down(Vote v, int steps) {
        Vote out = v;
        for (int i = 0; i < steps; i++) {
            out = surfaceStep(out);
        }
        return out;
    }

    /**
     * One step down for length, background or repetition. It takes a positive vote down but never turns Not Inclined
     * into Strongly Not Inclined: a real story with real steps falls short, while Strongly Not Inclined is kept for
     * answers with nothing to judge (rubric section 4: empty, one word, off-topic, hypothetical-only, a copied question).
     */
    static Vote surfaceStep(Vote v) {
        return switch (v) {
            case STRONGLY_INCLINED -> Vote.INCLINED;
            case INCLINED, NOT_INCLINED -> Vote.NOT_INCLINED;
            default -> Vote.STRONGLY_NOT_INCLINED;
        };
    }
}
