package dev.loopcoach.core.analysis;

/** Turns sentences of the user's answer into short, clean quotes for evidence. */
public final class Quotes {
    /** Longest quote shown as evidence. */
    public static final int MAX_QUOTE = 200;

    private Quotes() {
    }

    public static String of(ParsedText text, int sentence) {
        return text.quote(sentence);
    }

    /** Collapses whitespace, drops control characters and cuts at a word boundary with an ellipsis. */
    public static String trim(String s) {
        if (clean(s)) {
            return s; // the common case: one line of ordinary text, short enough to show as it is
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTE + 2));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() <= MAX_QUOTE + 1; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        if (b.length() <= MAX_QUOTE) {
            return b.toString();
        }
        int cut = MAX_QUOTE - 1;
        while (cut > MAX_QUOTE / 2 && b.charAt(cut) != ' ') {
            cut--;
        }
        if (Character.isLowSurrogate(b.charAt(cut)) && cut > 0) {
            cut--;
        }
        return b.substring(0, cut).stripTrailing() + "\u2026";
    }

    /** Short enough, no leading or trailing space, and single spaces only between words. */
    private static boolean clean(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_QUOTE || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : c < 0x20 || c == 0x7f || c >= 0x80 && (Character.isWhitespace(c)
                    || Character.isISOControl(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }
}
