package dev.loopcoach.core.history;

import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.session.Turn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two attempts at one question, in the rubric's terms: STAR parts gained or lost, a result now
 * (or no longer) in numbers, who owns the story ("I" or "we"), length, and every vote that moved. Unchanged facts
 * that still hold the answer back are said too ("still no result in numbers"), so the comparison is a to-do list.
 */
public final class AttemptDiff {
    private AttemptDiff() {
    }

    public static List<String> between(Turn before, Turn after) {
        List<String> out = new ArrayList<>();
        AnswerSummary a = before.summary();
        AnswerSummary b = after.summary();
        if (a != null && b != null) {
            part(out, "Situation", a.situation(), b.situation());
            part(out, "Task", a.task(), b.task());
            part(out, "Action", a.action(), b.action());
            part(out, "Result", a.result(), b.result());
            if (!a.quantified() && b.quantified()) {
                out.add("now quantified: the result has a number");
            } else if (a.quantified() && !b.quantified()) {
                out.add("no longer quantified: the number in the result went missing");
            } else if (!b.quantified()) {
                out.add("still no result in numbers");
            }
            if (!Objects.equals(a.ownership(), b.ownership())) {
                out.add("told with \"" + a.ownership() + "\" → \"" + b.ownership() + "\"");
            } else if ("we".equals(b.ownership()) || "mixed".equals(b.ownership())) {
                out.add("still told with \"" + b.ownership() + "\": say what you did yourself");
            }
            int words = b.words() - a.words();
            if (words != 0) {
                out.add((words > 0 ? "+" : "") + words + " words (" + a.words() + " → " + b.words() + ")");
            }
        }
        votes(out, before, after);
        return out;
    }

    private static void part(List<String> out, String name, boolean had, boolean has) {
        if (!had && has) {
            out.add("+" + name);
        } else if (had && !has) {
            out.add("−" + name + " (it was there before)");
        }
    }

    private static void votes(List<String> out, Turn before, Turn after) {
        if (before.overall() != null && after.overall() != null && before.overall() != after.overall()) {
            out.add("overall: " + before.overall().label() + " → " + after.overall().label());
        }
        Set<LeadershipPrinciple> lps = new LinkedHashSet<>(before.votes().keySet());
        lps.addAll(after.votes().keySet());
        for (LeadershipPrinciple lp : lps) {
            Vote was = before.votes().get(lp);
            Vote now = after.votes().get(lp);
            if (was != null && now != null && was != now) {
                out.add(lp.displayName() + ": " + was.label() + " → " + now.label());
            }
        }
    }
}
