package dev.loopcoach.core.verdict;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Vote;
import java.util.ArrayList;
import java.util.List;

/**
 * Level calibration (rubric section 4): the same story is judged against the asked level's scope; a story below it
 * cannot raise the bar (at most Inclined) and then loses a step on every principle, and the feedback says why, so a
 * one-week tweak that is Strongly Inclined at PM is Not Inclined at Senior. Strongly Inclined is kept for a story that
 * goes beyond the level asked.
 */
public final class LevelCalibration {
    private LevelCalibration() {
    }

    /** @param scope the scope the story shows (see {@link LevelScope}) */
    public static Verdict apply(Verdict v, Level asked, LevelScope.Reading scope) {
        if (asked == null || !v.judgeable() || scope == null) {
            return v;
        }
        if (!scope.below(asked)) {
            return raisesTheBar(scope, asked) ? v : capAtInclined(v, asked);
        }
        String why = "Scope below the " + asked.label() + " bar: at that level interviewers look for " + LevelScope.expected(asked)
                + "; this story reads as " + scope.shown().label() + " scope" + (scope.signals().isEmpty() ? ""
                : " (" + String.join(", ", scope.signals().stream().limit(2).toList()) + ")") + ".";
        // below the bar it cannot raise it: at most Inclined before the step down
        List<LpVote> votes = new ArrayList<>();
        for (LpVote lv : v.votes()) {
            lv = lv.vote() == Vote.STRONGLY_INCLINED ? new LpVote(lv.lp(), Vote.INCLINED, lv.points(), lv.strengths(), lv.gaps(),
                    lv.evidence()) : lv;
            List<String> gaps = new ArrayList<>();
            gaps.add(why);
            gaps.addAll(lv.gaps());
            votes.add(new LpVote(lv.lp(), belowTheBar(lv.vote()), lv.points(), lv.strengths(), gaps, lv.evidence()));
        }
        Vote overall = belowTheBar(v.overall() == Vote.STRONGLY_INCLINED ? Vote.INCLINED : v.overall());
        return new Verdict(votes, overall, v.judgeable(), relabel(v.headline(), v.overall(), overall)
                + " At " + asked.label() + " level the scope is below the bar.");
    }

    /**
     * Strongly Inclined is for a story that raises the bar for the level asked: it shows more scope than the level
     * requires (at Principal, Principal scope itself). A complete, measured story at exactly the level's scope is
     * Inclined: a solid hire signal, not an exceptional one.
     */
    static boolean raisesTheBar(LevelScope.Reading scope, Level asked) {
        return scope.shown().ordinal() > asked.ordinal() || scope.shown() == Level.PRINCIPAL;
    }

    private static Verdict capAtInclined(Verdict v, Level asked) {
        if (v.votes().stream().noneMatch(lv -> lv.vote() == Vote.STRONGLY_INCLINED) && v.overall() != Vote.STRONGLY_INCLINED) {
            return v;
        }
        String why = "Strongly Inclined needs a story that goes beyond the " + asked.label() + " bar (" + LevelScope.expected(asked)
                + "): show the wider effect, a mechanism others adopted, or the larger stakes.";
        List<LpVote> votes = new ArrayList<>();
        for (LpVote lv : v.votes()) {
            if (lv.vote() != Vote.STRONGLY_INCLINED) {
                votes.add(lv);
                continue;
            }
            List<String> gaps = new ArrayList<>(lv.gaps());
            gaps.add(why);
            votes.add(new LpVote(lv.lp(), Vote.INCLINED, lv.points(), lv.strengths(), gaps, lv.evidence()));
        }
        Vote overall = v.overall() == Vote.STRONGLY_INCLINED ? Vote.INCLINED : v.overall();
        return new Verdict(votes, overall, v.judgeable(), relabel(v.headline(), v.overall(), overall));
    }

    /** The headline opens with the vote ("Inclined: ..."): after a step down it opens with the new one. */
    static String relabel(String headline, Vote from, Vote to) {
        String prefix = from.label() + ":";
        return headline.startsWith(prefix) ? to.label() + ":" + headline.substring(prefix.length()) : headline;
    }

    /**
     * The level's step, taken in full: the same small story always reads strictly lower at a level above its scope
     * (rubric section 4), down to Strongly Not Inclined.
     */
    static Vote belowTheBar(Vote v) {
        return switch (v) {
            case STRONGLY_INCLINED -> Vote.INCLINED;
            case INCLINED -> Vote.NOT_INCLINED;
            default -> Vote.STRONGLY_NOT_INCLINED;
        };
    }
}
