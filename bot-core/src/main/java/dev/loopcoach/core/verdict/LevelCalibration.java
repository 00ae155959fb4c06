package dev.loopcoach.core.verdict;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Vote;
import java.util.ArrayList;
import java.util.List;

/**
 * Level calibration (rubric section 4): the same story is judged against the asked level's scope; a story below it
 * loses one step on every principle and the feedback says why, so a one-week tweak that is Strongly Inclined at PM is
 * Inclined at Senior.
 */
public final class LevelCalibration {
    private LevelCalibration() {
    }

    public static Verdict apply(Verdict v, Level asked, dev.loopcoach.core.analysis.ParsedText story) {
        if (asked == null || asked == Level.PM || !v.judgeable()) {
            return v; // nothing is below the PM bar
        }
        LevelScope.Reading scope = LevelScope.read(story);
        if (!scope.below(asked)) {
            return v;
        }
        String why = "Scope below the " + asked.label() + " bar: at that level interviewers look for " + LevelScope.expected(asked)
                + "; this story reads as " + scope.shown().label() + " scope" + (scope.signals().isEmpty() ? ""
                : " (" + String.join(", ", scope.signals().stream().limit(2).toList()) + ")") + ".";
        List<LpVote> votes = new ArrayList<>();
        for (LpVote lv : v.votes()) {
            List<String> gaps = new ArrayList<>();
            gaps.add(why);
            gaps.addAll(lv.gaps());
            votes.add(new LpVote(lv.lp(), stepDown(lv.vote()), lv.points(), lv.strengths(), gaps, lv.evidence()));
        }
        Vote overall = stepDown(v.overall());
        return new Verdict(votes, overall, v.judgeable(), relabel(v.headline(), v.overall(), overall)
                + " At " + asked.label() + " level the scope is below the bar.");
    }

    /** The headline opens with the vote ("Inclined: ..."): after a step down it opens with the new one. */
    static String relabel(String headline, Vote from, Vote to) {
        String prefix = from.label() + ":";
        return headline.startsWith(prefix) ? to.label() + ":" + headline.substring(prefix.length()) : headline;
    }

    static Vote stepDown(Vote v) {
        return switch (v) {
            case STRONGLY_INCLINED -> Vote.INCLINED;
            case INCLINED -> Vote.NOT_INCLINED;
            default -> Vote.STRONGLY_NOT_INCLINED;
        };
    }
}
