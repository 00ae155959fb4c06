package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences and tokens in one linear pass, without regular expressions.
 * Sentences end at {@code . ! ? ; …} followed by a space, at line breaks and at bullets. A dot after an
 * abbreviation, a single letter ("e.g.") or inside a number ("3.5") does not end a sentence. Hyphens split
 * words for matching ("cross-functional" gives two tokens) but count as one word. Very long inputs are cut
 * deterministically at {@link #MAX_ANALYSED_CHARS}; word counts still cover the whole input.
 */
public final class TextParser {
    /** About 3,000 words, far beyond any spoken answer; bounds the work per answer. */
    public static final int MAX_ANALYSED_CHARS = 20_000;
    /** A sentence this long without punctuation is split, so no single "sentence" swallows a whole answer. */
    static final int MAX_SENTENCE_TOKENS = 60;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "eg", "ie", "etc", "vs", "mr", "mrs", "ms", "dr", "jr", "sr", "inc", "ltd", "co", "corp", "approx",
            "est", "no", "fig", "st", "dept", "mgr", "sq", "avg", "min", "max", "yr", "yrs", "mo", "mos", "wk", "wks");

    public ParsedText parse(String input) {
        String text = input == null ? "" : input;
        int totalWords = countWords(text);
        boolean truncated = text.length() > MAX_ANALYSED_CHARS;
        if (truncated) {
            text = cut(text);
        }
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        List<Sentence> sentences = new ArrayList<>(Math.max(4, text.length() / 80));
        int n = text.length();
        int sentenceStartToken = 0;
        int sentenceStartChar = -1;
        int lastTokenEnd = 0;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (startsToken(text, i)) {
                int start = i;
                i = tokenEnd(text, i);
                if (sentenceStartChar < 0) {
                    sentenceStartChar = start;
                }
                tokens.add(makeToken(text, start, i, sentences.size(), pendingBreak));
                pendingBreak = false;
                lastTokenEnd = i;
                if (tokens.size() - sentenceStartToken >= MAX_SENTENCE_TOKENS) {
                    sentences.add(new Sentence(sentences.size(), sentenceStartChar, lastTokenEnd, sentenceStartToken, tokens.size()));
                    sentenceStartToken = tokens.size();
                    sentenceStartChar = -1;
                }
                continue;
            }
            if (isClausePunctuation(c) || (c == '-' && i > 0 && i + 1 < n && Character.isWhitespace(text.charAt(i - 1))
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                pendingBreak = true;
            }
            if (endsSentence(text, i, c, tokens, sentenceStartToken)) {
                if (tokens.size() > sentenceStartToken) {
                    int end = (c == '\n' || c == '\r' || isBullet(c)) ? lastTokenEnd : Math.min(n, i + 1);
                    sentences.add(new Sentence(sentences.size(), sentenceStartChar, end, sentenceStartToken, tokens.size()));
                    sentenceStartToken = tokens.size();
                    sentenceStartChar = -1;
                }
            }
            i++;
        }
        if (tokens.size() > sentenceStartToken) {
            sentences.add(new Sentence(sentences.size(), sentenceStartChar, lastTokenEnd, sentenceStartToken, tokens.size()));
        }
        return new ParsedText(text, tokens, sentences, totalWords, truncated);
    }

    private static boolean isClausePunctuation(char c) {
        return c == ',' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013' || c == '"'
                || c == '\u201c' || c == '\u201d';
    }

    private static Token makeToken(String text, int start, int end, int sentence, boolean clauseBreak) {
        boolean number = false;
        boolean plain = true;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                number = true;
            } else if (c < 'a' || c > 'z') {
                plain &= c == '\'' || c == '$' || c == '%' || c == '.' || c == ',';
                if (c >= 128 && Character.isDigit(c)) {
                    number = true;
                }
            }
        }
        if (plain && !number) {
            WordTable.Entry w = WordTable.ofPlain(text, start, end);
            return new Token(w.lower(), w.stem(), start, end, sentence, false, clauseBreak, w.flags());
        }
        String lower = plain ? text.substring(start, end) : fold(text.substring(start, end));
        if (number) {
            return new Token(lower, lower, start, end, sentence, true, clauseBreak, 0);
        }
        WordTable.Entry w = WordTable.of(lower);
        return new Token(w.lower(), w.stem(), start, end, sentence, false, clauseBreak, w.flags());
    }

    private static String fold(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') >= 0 || lower.indexOf('\u2018') >= 0
                ? lower.replace('\u2019', '\'').replace('\u2018', '\'')
                : lower;
    }

    private static boolean startsToken(String text, int i) {
        char c = text.charAt(i);
        if (isWordChar(c)) {
            return true;
        }
        return isCurrency(c) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    private static int tokenEnd(String text, int i) {
        int n = text.length();
        int j = i;
        if (isCurrency(text.charAt(j))) {
            j++;
        }
        while (j < n) {
            char c = text.charAt(j);
            if (isWordChar(c) || isMark(c)) {
                j++;
            } else if ((c == '\'' || c == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && j > i) {
                j++;
            } else if ((c == '.' || c == ',') && j > i && Character.isDigit(text.charAt(j - 1))
                    && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                j++;
            } else if (c == '%' && j > i && Character.isDigit(text.charAt(j - 1))) {
                j++;
                break;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean endsSentence(String text, int i, char c, List<Token> tokens, int sentenceStartToken) {
        if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == '\u2026' || isBullet(c)) {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int n = text.length();
        if (i + 1 < n) {
            char next = text.charAt(i + 1);
            if (!(Character.isWhitespace(next) || next == '"' || next == '\u201d' || next == ')' || next == '\''
                    || next == '\u2019' || next == '.' || Character.isISOControl(next))) {
                return false;
            }
        }
        if (tokens.size() > sentenceStartToken) {
            Token last = tokens.get(tokens.size() - 1);
            if (last.end() == i) {
                String w = last.lower();
                if (ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0)) && !w.equals("i"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isCurrency(char c) {
        return c == '$' || c == '\u20ac' || c == '\u00a3' || c == '\u00a5' || c == '\u20b9';
    }

    private static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u25aa' || c == '\u25cf' || c == '\u2023';
    }

    private static String cut(String text) {
        int limit = MAX_ANALYSED_CHARS;
        int at = limit;
        for (int k = limit; k > limit - 200; k--) {
            if (Character.isWhitespace(text.charAt(k))) {
                at = k;
                break;
            }
        }
        if (Character.isLowSurrogate(text.charAt(at)) && at > 0) {
            at--;
        }
        return text.substring(0, at);
    }

    /** Whitespace-separated chunks that contain at least one letter or digit. */
    static int countWords(String text) {
        int words = 0;
        boolean inChunk = false;
        boolean chunkHasWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // ASCII first: letters and digits are most characters, and the general checks are far slower
            boolean asciiWord = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (asciiWord) {
                inChunk = true;
                chunkHasWord = true;
            } else if (c == ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2014') {
                if (inChunk && chunkHasWord) {
                    words++;
                }
                inChunk = false;
                chunkHasWord = false;
            } else {
                inChunk = true;
                if (Character.isLetterOrDigit(c)) {
                    chunkHasWord = true;
                }
            }
        }
        if (inChunk && chunkHasWord) {
            words++;
        }
        return words;
    }
}
