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

    /** "My task was...", "I was brought in to...": always the task, whatever else the sentence holds. */
    private static final java.util.regex.Pattern EXPLICIT_TASK = java.util.regex.Pattern.compile(
            "(?i)\\b(my (task|job|goal|responsibility|mandate|assignment) (was|is)|i was (asked|brought in|tasked|hired) to|"
                    + "it was my (job|call|responsibility))\\b");

    /**
     * Each sentence fills at most one slot (rubric section 2): an explicit "my task was" first, then the result (a
     * measured one when there is one), the situation and the action, each taking the first sentence not used yet.
     */
    public static List<Line> of(AnswerAnalysis a) {
        java.util.Map<StarPart, String> chosen = new java.util.EnumMap<>(StarPart.class);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < a.text().sentences().size(); i++) {
            String s = a.text().text(a.text().sentence(i));
            if (EXPLICIT_TASK.matcher(s).find()) {
                chosen.put(StarPart.TASK, a.text().quote(i));
                used.add(a.text().quote(i));
                break;
            }
        }
        List<String> results = new ArrayList<>(a.impact().evidence());
        List<String> found = new ArrayList<>(a.star().evidenceFor(StarPart.RESULT));
        java.util.Collections.reverse(found);
        results.addAll(found);
        pick(chosen, used, StarPart.RESULT, results);
        for (StarPart p : List.of(StarPart.SITUATION, StarPart.TASK, StarPart.ACTION)) {
            if (!chosen.containsKey(p)) {
                pick(chosen, used, p, a.star().evidenceFor(p));
            }
        }
        List<Line> out = new ArrayList<>(4);
        for (StarPart p : StarPart.values()) {
            String text = chosen.get(p);
            out.add(text == null ? new Line(p, false, p.whatToAdd()) : new Line(p, true, shorten(text)));
        }
        return out;
    }

    private static void pick(java.util.Map<StarPart, String> chosen, java.util.Set<String> used, StarPart part, List<String> candidates) {
        for (String c : candidates) {
            if (!used.contains(c)) {
                chosen.put(part, c);
                used.add(c);
                return;
            }
        }
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
