package dev.loopcoach.core.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits running text into sentences. A sentence ends at '.', '!' or '?' (plus closing quotes or brackets)
 * followed by white space and a word that can start a sentence. It does not end:
 * <ul>
 *   <li>inside a number or a domain ("3.5%", "$1.2M", "amazon.com"): no white space follows the dot;</li>
 *   <li>after a title or a Latin abbreviation ("Dr.", "e.g.", "i.e.", "vs.", "approx."), whatever follows;</li>
 *   <li>after dotted initials ("U.S.", "a.m.") unless a typical sentence opener follows ("... in the U.S. We ...");</li>
 *   <li>when the next word starts in lower case ("etc. and", "3 p.m. today").</li>
 * </ul>
 */
final class SentenceSplitter {
    /** Never the end of a sentence: a Latin abbreviation or a reference marker always has more to come. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "vs", "v", "cf", "eg", "e.g", "ie", "i.e", "approx", "fig", "incl", "excl", "resp", "viz");
    /** Titles before a name, capitalized: "Dr. Lee" (but "300 ms. Our" ends a sentence). */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mx", "Sen", "Rep", "Gen");
    /** Not the end of a sentence when a number follows: "No. 5", "Jan. 12", "pp. 3". */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "vol", "ch", "sec", "pp", "p", "est", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    /** Words that open sentences often enough to end a sentence after "U.S." or "Inc.". */
    private static final Set<String> OPENERS = Set.of(
            "the", "we", "our", "this", "that", "these", "those", "it", "its", "i", "in", "at", "on", "as", "but", "and",
            "so", "they", "their", "he", "she", "my", "if", "when", "after", "before", "for", "to", "a", "an", "there",
            "what", "why", "how", "next", "then", "today", "customers", "sales", "revenue", "however", "also", "each",
            "every", "most", "some", "all", "one", "two", "three", "by", "with", "while", "since", "because", "yet");

    /** Names that often follow "U.S." inside a sentence ("U.S. Census data"). */
    private static final Set<String> PROPER_AFTER_INITIALS = Set.of(
            "Census", "Army", "Navy", "Air", "Government", "Department", "Postal", "Senate", "Congress", "Treasury",
            "Customs", "Dollar", "Federal", "Supreme", "Court", "Open", "Bank", "Marine", "Coast", "Secret", "Embassy",
            "Patent", "Bureau", "Securities", "Food", "Navy's", "Armed", "Forces", "House", "Mint", "Steel");

    private SentenceSplitter() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split(String.valueOf(Memo.LINE_BREAK))) {
            out.addAll(splitRunning(piece));
        }
        return out;
    }

    private static List<String> splitRunning(String text) {
        List<String> out = new ArrayList<>();
        String s = text.strip().replaceAll("\\s+", " ");
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && isTerminal(s.charAt(end))) {
                end++;
            }
            while (end < s.length() && isCloser(s.charAt(end))) {
                end++;
            }
            if (end >= s.length()) {
                break;
            }
            if (s.charAt(end) != ' ') {
                i = end;
                continue;
            }
            int next = end + 1;
            if (next < s.length() && endsHere(s, start, i, end, next)) {
                add(out, s.substring(start, end));
                start = next;
            }
            i = next;
        }
        add(out, s.substring(Math.min(start, s.length())));
        return out;
    }

    private static boolean endsHere(String s, int start, int punct, int end, int next) {
        char first = s.charAt(next);
        if (Character.isLowerCase(first)) {
            return false;
        }
        boolean onlyDot = true;
        for (int k = punct; k < end; k++) {
            if (isTerminal(s.charAt(k)) && s.charAt(k) != '.') {
                onlyDot = false;
            }
        }
        if (!onlyDot) {
            return true;
        }
        String prev = wordBefore(s, start, punct);
        String key = prev.toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(key) || TITLES.contains(prev) || (BEFORE_NUMBER.contains(key) && Character.isDigit(first))) {
            return false;
        }
        String nextOriginal = wordAt(s, next);
        String nextWord = nextOriginal.toLowerCase(Locale.ROOT);
        if (isSingleInitial(prev)) {
            return OPENERS.contains(nextWord);
        }
        if (isDottedInitials(prev)) {
            if (OPENERS.contains(nextWord)) {
                return true;
            }
            if (!Character.isUpperCase(first) || PROPER_AFTER_INITIALS.contains(nextOriginal)) {
                return false;
            }
            // "... in the U.S. Returns rose": a capital followed by ordinary lower-case words starts a sentence.
            int afterNext = s.indexOf(' ', next);
            String following = afterNext < 0 ? "" : wordAt(s, afterNext + 1);
            return !following.isEmpty() && Character.isLowerCase(following.charAt(0));
        }
        return true;
    }

    /** "U.S", "a.m", "Ph.D": letters separated by dots (the final dot is the punctuation itself). */
    private static boolean isDottedInitials(String w) {
        return w.matches("(?:[A-Za-z]{1,2}\\.)+[A-Za-z]{1,2}");
    }

    /** "J" in "J. Smith": one capital letter. */
    private static boolean isSingleInitial(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    private static String wordBefore(String s, int start, int punct) {
        int b = punct;
        while (b > start && s.charAt(b - 1) != ' ') {
            b--;
        }
        String w = s.substring(b, punct);
        int k = 0;
        while (k < w.length() && !Character.isLetterOrDigit(w.charAt(k))) {
            k++;
        }
        return w.substring(k);
    }

    private static String wordAt(String s, int from) {
        int k = from;
        while (k < s.length() && !Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) != ' ') {
            k++;
        }
        int e = k;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
            e++;
        }
        return s.substring(k, e);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '*' || c == '_';
    }

    private static void add(List<String> out, String sentence) {
        String t = sentence.strip();
        if (t.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(t);
        }
    }
}
