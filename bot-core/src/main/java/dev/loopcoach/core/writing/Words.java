package dev.loopcoach.core.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as a reader counts them: runs of text between spaces and dashes that contain a letter or a digit.
 * "PR/FAQ", "3.5%", "$1.2M" and "don't" are one word each; a lone dash or bullet is none.
 */
public final class Words {
    private static final Pattern SPLIT = Pattern.compile("[\\s\u2014\u2013]+|(?<=\\w)--(?=\\w)");
    private static final Pattern EDGE = Pattern.compile("^[^\\p{L}\\p{N}$]+|[^\\p{L}\\p{N}%]+$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    private Words() {
    }

    /** The words of a text, with surrounding punctuation removed and case kept. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String raw : SPLIT.split(text.strip())) {
            String w = EDGE.matcher(raw).replaceAll("");
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    public static int count(String text) {
        return of(text).size();
    }

    /** A number a reader can check: has a digit, and is not a bare year such as "2024". */
    static boolean isDataNumber(String word) {
        if (word.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        return !YEAR.matcher(word).matches();
    }

    /**
     * Syllables by vowel groups, the usual estimate behind readability formulas: a silent final "e" and the
     * "-ed"/"-es" endings that add no sound are dropped; every word has at least one. A number counts as one.
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty() || w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") && !w.matches(".*(?:[sxz]|ch|sh|ce|ge)es")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0);
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return Math.max(1, groups);
    }
}
