package dev.loopcoach.core.verdict;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.StarPart;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer laid out as STAR: each part found is filled with the candidate's own words, each missing part
 * says what to add.
 */
public final class StarSkeleton {
    private static final int MAX_LINE = 170;

    private StarSkeleton() {
    }

    public record Line(StarPart part, boolean found, String text) {
        /** "Situation: “...”" or "Result (add): ..." */
        public String render() {
            return found ? part.label() + ": \u201c" + text + "\u201d" : part.label() + " (add): " + text;
        }
    }

    public static List<Line> of(AnswerAnalysis a) {
        List<Line> out = new ArrayList<>(4);
        for (StarPart p : StarPart.values()) {
            List<String> ev = a.star().evidenceFor(p);
            if (ev.isEmpty()) {
                out.add(new Line(p, false, p.whatToAdd()));
            } else {
                out.add(new Line(p, true, shorten(p == StarPart.RESULT ? ev.get(ev.size() - 1) : ev.get(0))));
            }
        }
        return out;
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_LINE) {
            return s;
        }
        int cut = MAX_LINE - 1;
        while (cut > MAX_LINE / 2 && s.charAt(cut) != ' ') {
            cut--;
        }
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }
}
