package dev.loopcoach.slack.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits already-escaped mrkdwn into pieces of at most {@code max} characters, preferring a blank line,
 * then a line break, then a space, and never cutting an entity such as {@code &amp;} or a surrogate pair.
 */
public final class TextChunker {
    private TextChunker() {
    }

    public static List<String> split(String text, int max) {
        if (max < 16) {
            throw new IllegalArgumentException("chunks must allow at least 16 characters");
        }
        List<String> out = new ArrayList<>();
        String rest = text == null ? "" : text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) {
                out.add(head);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank() || out.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static int cutPoint(String s, int max) {
        int floor = max / 2;
        int at = s.lastIndexOf("\n\n", max);
        if (at >= floor) {
            return at;
        }
        at = s.lastIndexOf('\n', max);
        if (at >= floor) {
            return at;
        }
        at = s.lastIndexOf(' ', max);
        if (at >= floor) {
            return at;
        }
        return safeHardCut(s, max);
    }

    /** A cut at {@code max} moved left so it falls outside an entity and between surrogates. */
    private static int safeHardCut(String s, int max) {
        int cut = max;
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 6) {
            int semi = s.indexOf(';', amp);
            if (semi >= cut) {
                cut = amp;
            }
        }
        if (cut > 0 && cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return Math.max(1, cut);
    }
}
