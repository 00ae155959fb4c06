package dev.loopcoach.core.testing;

import java.util.List;
import java.util.Random;

/**
 * Random text for property tests, from a seeded {@link Random}: any UTF-16 content (control characters, lone
 * surrogates, noncharacters, emoji, right-to-left and combining marks), biased towards short strings and edge cases
 * the way property-testing libraries are.
 */
public final class RandomText {
    /** Whitespace, invisible and direction characters. */
    private static final String SPACES = " \t\n\r\u000b\u000c\u0085\u00a0\u1680\u2000\u2003\u2009\u200a\u200b\u200c"
            + "\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2066\u2069\u3000\ufeff";
    /** Punctuation and symbols the analysis reads: sentence ends, numbers, money, percent, markdown. */
    private static final String SIGNS = ".!?,;:-%$\u20ac\u00a3'\"()[]*_`#>~|/\\0123456789\u2026\u2013\u2014\u201c\u201d";
    /** Ranges of letters from other scripts and combining marks: Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK, Hangul. */
    private static final int[][] SCRIPTS = {{0x0370, 0x03ff}, {0x0400, 0x04ff}, {0x0590, 0x05ff}, {0x0600, 0x06ff},
        {0x0900, 0x097f}, {0x0e00, 0x0e7f}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3}, {0x0300, 0x036f}};
    /** Words the analysis has rules for, so random text also exercises its cues. */
    private static final List<String> WORDS = List.of("I", "we", "my", "our", "team", "customer", "customers", "led",
            "decided", "increased", "reduced", "by", "30%", "$1,200", "10x", "3.5", "result", "because", "so", "then",
            "maybe", "kind", "of", "situation", "task", "action", "owned", "learned", "data", "metric", "weeks", "e.g.",
            "i.e.", "Dr.", "U.S.", "...", "?!", "'we'", "\"I\"", "**bold**", "`code`", "- ", "# ", "> ");
    private static final List<String> EDGE_CASES = List.of("", " ", "\u0000", "\n", "\r\n", ".", "?", "%", "$", "I",
            "\ud800", "\udfff", "\udfff\ud800", "\uffff", "\ufffe", "\ufeff", "\u202e", "\ud83d\ude80", "\u0301", "....", "I.");

    private RandomText() {
    }

    /**
     * Any string of at most {@code maxLength} UTF-16 units: one time in eight an edge case (empty, a single special
     * character, a lone surrogate, or {@code maxLength} copies of one character), otherwise a random length (mostly
     * short) filled with any BMP unit, a mix of character classes, or words separated by unusual characters.
     */
    public static String anyString(Random random, int maxLength) {
        if (random.nextInt(8) == 0) {
            return edgeCase(random, maxLength);
        }
        int length = length(random, maxLength);
        return switch (random.nextInt(3)) {
            case 0 -> anyBmp(random, length);
            case 1 -> mixed(random, length);
            default -> words(random, length);
        };
    }

    /** {@code length} units each drawn uniformly from U+0000..U+FFFF: surrogates, noncharacters and private use included. */
    public static String anyBmp(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) random.nextInt(0x10000));
        }
        return b.toString();
    }

    /** A string of at most {@code maxLength} units uniformly drawn from the BMP, of uniform length. */
    public static String anyBmpUpTo(Random random, int maxLength) {
        return anyBmp(random, random.nextInt(maxLength + 1));
    }

    private static String edgeCase(Random random, int maxLength) {
        if (random.nextInt(4) == 0) {
            char c = random.nextBoolean() ? (char) random.nextInt(0x10000) : "a \u0000\n.\ud800".charAt(random.nextInt(6));
            return String.valueOf(c).repeat(maxLength);
        }
        String edge = EDGE_CASES.get(random.nextInt(EDGE_CASES.size()));
        return edge.length() <= maxLength ? edge : "";
    }

    /** Mostly short: a quarter up to 10, a quarter up to 100, a quarter up to 1,000 (or the max), a quarter up to the max. */
    private static int length(Random random, int maxLength) {
        int bound = switch (random.nextInt(4)) {
            case 0 -> 10;
            case 1 -> 100;
            case 2 -> 1_000;
            default -> maxLength;
        };
        return random.nextInt(Math.min(bound, maxLength) + 1);
    }

    private static String mixed(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            int kind = random.nextInt(10);
            if (kind <= 1) {
                b.append((char) random.nextInt(0x10000));
            } else if (kind <= 3) {
                b.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind == 4) {
                int control = random.nextInt(0x41);
                b.append((char) (control < 0x20 ? control : 0x7f + control - 0x20));
            } else if (kind == 5) {
                b.append(SPACES.charAt(random.nextInt(SPACES.length())));
            } else if (kind == 6) {
                b.append(SIGNS.charAt(random.nextInt(SIGNS.length())));
            } else if (kind == 7) {
                int[] range = SCRIPTS[random.nextInt(SCRIPTS.length)];
                b.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
            } else if (kind == 8 && length - b.length() >= 2) {
                int codePoint = random.nextBoolean() ? 0x1f300 + random.nextInt(0x700) : 0x10000 + random.nextInt(0x100000);
                b.appendCodePoint(codePoint);
            } else {
                b.append((char) (0xd800 + random.nextInt(0x800)));
            }
        }
        return b.toString();
    }

    private static String words(Random random, int length) {
        StringBuilder b = new StringBuilder(length + 16);
        while (b.length() < length) {
            b.append(WORDS.get(random.nextInt(WORDS.size())));
            int gap = random.nextInt(6);
            if (gap <= 2) {
                b.append(' ');
            } else if (gap == 3) {
                b.append(SPACES.charAt(random.nextInt(SPACES.length())));
            } else if (gap == 4) {
                b.append(SIGNS.charAt(random.nextInt(SIGNS.length())));
            } else {
                b.append((char) random.nextInt(0x10000));
            }
        }
        return b.substring(0, length);
    }
}
