package dev.loopcoach.core.analysis;

/**
 * A small, deterministic suffix stripper for English. It is not a full Porter stemmer: it only folds the
 * inflections that matter for cue matching (plural, past, -ing, possessive, final e), so that
 * "hiring", "hired", "hires" and "hire" all become {@code hir}, and "simplified"/"simplify" become {@code simplify}.
 * Cue patterns are stemmed with the same function, so both sides always agree. Adverbs keep their "-ly":
 * folding "lately" into "late" or "really" into "real" caused more false matches than it found.
 */
public final class Stemmer {
    private Stemmer() {
    }

    /** @param lower a lower-case word */
    public static String stem(String lower) {
        String w = lower;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'")) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        char last = w.charAt(n - 1);
        if (last != 's' && last != 'd' && last != 'g' && last != 'e') {
            return w; // no suffix rule can apply: most words end here
        }
        if (!isAsciiWord(w)) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("ied") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("ing") && n > 5) {
            w = undouble(w.substring(0, n - 3));
        } else if (w.endsWith("eed")) {
            if (n > 5 && !w.endsWith("ceed")) {
                w = w.substring(0, n - 1);
            }
        } else if (w.endsWith("ed") && n > 4) {
            w = undouble(w.substring(0, n - 2));
        } else if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zes")) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
            w = w.substring(0, n - 1);
        }
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3) {
            char a = w.charAt(n - 1);
            if (a == w.charAt(n - 2) && a != 'l' && a != 's' && a != 'z' && a != 'e' && a != 'o') {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }

    private static boolean isAsciiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c < 'a' || c > 'z') && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
