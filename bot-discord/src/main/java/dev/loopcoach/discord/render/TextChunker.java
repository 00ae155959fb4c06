package dev.loopcoach.discord.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces of at most {@code max} characters at the cleanest boundary available: a line
 * break, else a space; only a single "word" longer than {@code max} (a long URL) is cut inside, and
 * never between the halves of a surrogate pair or after a lone escape backslash.
 */
public final class TextChunker {

    private TextChunker() {
    }

    public static List<String> split(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2");
        }
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = lastBoundary(rest, max);
            String piece = stripTrailing(rest.substring(0, cut));
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            rest = stripLeading(rest.substring(cut));
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Shortens to at most {@code max} characters at a word boundary, adding an ellipsis when anything was cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = split(text, max - 1).get(0);
        return head + "\u2026";
    }

    private static int lastBoundary(String s, int max) {
        int newline = s.lastIndexOf('\n', max);
        if (newline > max / 2) {
            return newline;
        }
        int space = s.lastIndexOf(' ', max);
        if (space > 0) {
            return space;
        }
        if (newline > 0) {
            return newline;
        }
        int cut = max;
        if (Character.isLowSurrogate(s.charAt(cut)) && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        if (cut > 1 && s.charAt(cut - 1) == '\\') {
            cut--;
        }
        return cut;
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\n')) {
            i--;
        }
        return s.substring(0, i);
    }
}
