package dev.loopcoach.core.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of writing read as a reader sees it: headings, paragraphs and list items, each paragraph and item
 * split into sentences. A list item is at least one sentence of its own even without a full stop, so a bullet
 * list never merges into one endless "sentence"; a heading is not a sentence at all.
 */
record Memo(List<Unit> units, int paragraphs, int bullets) {

    /**
     * A heading or one sentence, in reading order; {@code block} numbers the paragraph or list item a sentence
     * came from (0-based), or is -1 for a heading.
     */
    record Unit(String text, Kind kind, int block) {
        enum Kind { HEADING, SENTENCE, BULLET }

        boolean heading() {
            return kind == Kind.HEADING;
        }
    }

    Memo {
        units = List.copyOf(units);
    }

    List<String> headings() {
        return units.stream().filter(Unit::heading).map(Unit::text).toList();
    }

    /** Sentences of paragraphs and list items (headings excluded). */
    List<Unit> sentences() {
        return units.stream().filter(u -> !u.heading()).toList();
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022\u00b7\u25aa\u25e6\u2013\u2014>]|\\(?\\d{1,2}[.)]|\\(?[a-zA-Z][)])\\s+(.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s*#{1,6}\\s*(.*?)\\s*#*\\s*$");
    private static final int HEADING_MAX_WORDS = 12;
    /** The address lines of a memo or an email ("To:", "From:", "Date:", "Re:", "Subject:"), shown like headings. */
    private static final Pattern MEMO_HEADER = Pattern.compile(
            "(?i)^\\s*(to|from|date|re|subject|cc|bcc|author|authors|owner|status|title|reviewers?|memo)\\s*:.{0,120}$");
    /** Marks a line that ends a sentence without punctuation; the splitter treats it as a boundary. */
    static final char LINE_BREAK = '\u2029';

    static Memo parse(String text) {
        String normalized = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : normalized.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }

        Builder b = new Builder();
        for (int bi = 0; bi < blocks.size(); bi++) {
            List<String> lines = blocks.get(bi);
            boolean moreBlocksFollow = bi + 1 < blocks.size();
            StringBuilder para = new StringBuilder();
            StringBuilder item = null;
            int longest = lines.stream().mapToInt(String::length).max().orElse(0);
            for (int li = 0; li < lines.size(); li++) {
                String line = lines.get(li);
                boolean moreLinesFollow = li + 1 < lines.size();
                Matcher md = MARKDOWN_HEADING.matcher(line);
                if (md.matches() && line.strip().startsWith("#")) {
                    item = b.flushItem(item);
                    b.flushParagraph(para);
                    b.heading(md.group(1));
                    continue;
                }
                Matcher bullet = BULLET.matcher(line);
                if (bullet.matches() && !bullet.group(1).isBlank()) {
                    b.flushParagraph(para);
                    item = b.flushItem(item);
                    String body = bullet.group(1).strip();
                    boolean numbered = Character.isDigit(line.strip().charAt(0)) || line.strip().charAt(0) == '(';
                    if (numbered && looksLikeHeading(body) && moreLinesFollow && !BULLET.matcher(lines.get(li + 1)).matches()) {
                        b.heading(body);
                    } else {
                        item = new StringBuilder(body);
                    }
                    continue;
                }
                if (item != null) {
                    item.append(' ').append(line);
                    continue;
                }
                if (MEMO_HEADER.matcher(line).matches()) {
                    b.flushParagraph(para);
                    b.heading(line);
                    continue;
                }
                boolean startsBlockOrSection = para.length() == 0;
                boolean heading = moreLinesFollow ? looksLikeHeadingAbove(line, lines.get(li + 1))
                        : moreBlocksFollow && looksLikeHeading(line);
                if (startsBlockOrSection && heading) {
                    b.heading(stripColon(line));
                    continue;
                }
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(line);
                if (moreLinesFollow && lineEndsUnit(line, lines.get(li + 1), longest)) {
                    para.append(LINE_BREAK);
                }
            }
            b.flushItem(item);
            b.flushParagraph(para);
        }
        return b.build();
    }

    /** Short, no sentence punctuation at the end, starts like a title. "Background:" counts; "The plan is:" does not. */
    private static boolean looksLikeHeading(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';' || last == '\u2026') {
            return false;
        }
        int words = Words.count(t);
        if (last == ':' && words > 4) {
            return false;
        }
        char first = t.charAt(0);
        return words > 0 && words <= HEADING_MAX_WORDS && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /**
     * A heading directly above text (no blank line between) must also not read like a hard-wrapped line:
     * at most 8 words, not ending in a connecting word, and the next line starts a new sentence or item.
     */
    private static boolean looksLikeHeadingAbove(String line, String next) {
        if (!looksLikeHeading(line)) {
            return false;
        }
        String t = line.strip();
        if (t.endsWith(":")) {
            return true;
        }
        String[] words = t.split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        String n = next.strip();
        char nextFirst = n.isEmpty() ? 'A' : n.charAt(0);
        boolean proseFollows = n.length() > t.length() || n.endsWith(".") || n.endsWith("!") || n.endsWith("?");
        return words.length <= 8 && !CONNECTORS.contains(lastWord) && !Character.isLowerCase(nextFirst) && proseFollows;
    }

    /**
     * A line without a full stop still ends a sentence when the next line starts a new one and this line is clearly
     * shorter than a wrapped line of the block ("Revenue grew 5%" above "Costs fell 3%"); a hard-wrapped paragraph,
     * whose lines run to about the same length, stays one text.
     */
    private static boolean lineEndsUnit(String line, String next, int longest) {
        String t = line.strip();
        char last = t.charAt(t.length() - 1);
        if (".!?,;:\u2026".indexOf(last) >= 0 || next.isEmpty()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (CONNECTORS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        char first = next.strip().charAt(0);
        boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first);
        return startsSentence && (t.length() < 0.75 * longest || longest < 50);
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that",
            "which", "who", "as", "is", "are", "was", "were", "be", "we", "i", "our", "my", "their", "its", "this", "than");

    private static String stripColon(String s) {
        String t = s.strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static final class Builder {
        private final List<Unit> units = new ArrayList<>();
        private int blocks;
        private int paragraphs;
        private int bullets;

        void heading(String text) {
            if (!text.isBlank()) {
                units.add(new Unit(text.strip(), Unit.Kind.HEADING, -1));
            }
        }

        StringBuilder flushItem(StringBuilder item) {
            if (item != null && item.length() > 0) {
                List<String> parts = SentenceSplitter.split(item.toString());
                if (!parts.isEmpty()) {
                    parts.forEach(p -> units.add(new Unit(p, Unit.Kind.BULLET, blocks)));
                    blocks++;
                    bullets++;
                }
            }
            return null;
        }

        void flushParagraph(StringBuilder para) {
            if (para.length() > 0) {
                List<String> parts = SentenceSplitter.split(para.toString());
                if (!parts.isEmpty()) {
                    parts.forEach(p -> units.add(new Unit(p, Unit.Kind.SENTENCE, blocks)));
                    blocks++;
                    paragraphs++;
                }
                para.setLength(0);
            }
        }

        Memo build() {
            return new Memo(units, paragraphs, bullets);
        }
    }
}
