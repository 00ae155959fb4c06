package dev.loopcoach.core.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resume bullets read as the seeds of STAR stories. A bullet is usually the Action and, at best, the Result; the draft
 * keeps it as written and asks for what a bullet never says (the situation, what was yours to do), and flags what an
 * interviewer would probe first: no number in it, or "we" where the story must say "I".
 */
public final class BulletDrafts {
    /** At most this many drafts from one paste: a resume's worth, not a whole career. */
    static final int MAX = 12;
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*•·▪‣–]|\\d{1,2}[.)])\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            + "twice|double[ds]?|tripled?|half|hundreds?|thousands?|millions?|billions?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WE = Pattern.compile("\\b(?:we|our|us)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern I = Pattern.compile("\\b(?:i|my|me)\\b", Pattern.CASE_INSENSITIVE);

    /** One bullet as a draft: its title, the bullet, and what to add before telling it. */
    public record Draft(String title, String bullet, boolean hasNumber, boolean saysWe) {
        /** The STAR skeleton saved in the story bank, to be filled in. */
        public String skeleton() {
            return "Situation: (what was going on, and why it mattered)\n"
                    + "Task: (what was yours to do, or the goal you took on)\n"
                    + "Action: " + bullet + (saysWe ? " (say what you did yourself, with \"I\")" : "") + "\n"
                    + "Result: " + (hasNumber ? "(the measured outcome, as in the bullet)" : "(add the measured outcome: a number)");
        }
    }

    private BulletDrafts() {
    }

    /** The drafts in {@code pasted}, one per bullet (a line with a bullet mark, or every non-empty line when none has one). */
    public static List<Draft> from(String pasted) {
        List<String> lines = new ArrayList<>();
        boolean marked = false;
        // one bullet per line, or several on one line: "• A • B" (the mark stays with its bullet) or "A; B"
        for (String line : pasted.split("\\R|\\s+(?=[•·▪‣]\\s)|\\s*;\\s+(?=[A-Z])")) {
            if (MARKER.matcher(line).find()) {
                marked = true;
            }
            lines.add(line);
        }
        List<Draft> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            boolean isBullet = m.find();
            if ((marked && !isBullet) || line.isBlank()) {
                continue;
            }
            String bullet = (isBullet ? line.substring(m.end()) : line).strip().replaceAll("\\s+", " ");
            if (bullet.split(" ").length < 3 || out.size() == MAX) {
                continue;
            }
            out.add(new Draft(title(bullet), bullet, NUMBER.matcher(bullet).find(),
                    WE.matcher(bullet).find() && !I.matcher(bullet).find()));
        }
        return out;
    }

    /** The bullet's first words, up to a comma or six words: "Led the checkout redesign". */
    static String title(String bullet) {
        String head = bullet.split("[,;:(]")[0].strip();
        String[] words = head.split(" ");
        String t = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
        t = t.replaceAll("[.!]+$", "");
        return t.isEmpty() ? "Draft" : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }
}
