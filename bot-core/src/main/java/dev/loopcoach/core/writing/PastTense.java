package dev.loopcoach.core.writing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a sentence is told in the past, so a rewrite of it can keep that tense. */
final class PastTense {
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "went", "got", "made", "saw", "took", "said",
            "told", "found", "gave", "ran", "wrote", "led", "built", "chose", "knew", "thought", "became", "began", "ago");
    /** Words ending in "ed" that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "feed", "seed", "indeed", "proceed", "exceed", "succeed",
            "embed", "bed", "shed", "bleed", "breed", "greed", "weed", "red", "hundred");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private PastTense() {
    }

    static boolean in(String sentence) {
        var m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
