package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds amounts: digits ("31", "1,400", "4.5"), percentages, money ("$60,000", "2 million dollars"),
 * multipliers ("3x", "doubled", "cut in half"), durations ("three weeks") and counted number words
 * ("eleven of the twelve", "a third"). Years ("in 2021"), version-like codes ("Q3", "p95") and a bare "one"
 * are not amounts.
 */
final class QuantityFinder {
    /** "5G", "3D", "1080p": a product or a standard, not an amount ("480k" stays an amount). */
    private static final java.util.regex.Pattern PRODUCT_NAME = java.util.regex.Pattern.compile("\\d+(g|d|p|nm)");

    private static final Set<String> PERCENT_WORDS = Words.set("percent", "per", "percentage", "pp", "points", "point",
            "bps", "basis");
    private static final Set<String> MONEY_WORDS = Words.set("dollars", "usd", "eur", "euros", "pounds", "gbp", "bucks");
    private static final Set<String> SCALE_WORDS = Words.set("k", "m", "mm", "bn", "million", "billion", "thousand",
            "hundred");

    private static final Set<String> SPAN_OPENERS = Words.set("in", "within", "under", "inside");

    private static boolean isSpanOfOne(List<Token> tokens, int i, int from, int to) {
        String w = tokens.get(i).lower();
        return (w.equals("a") || w.equals("an")) && i > from && i + 1 < to
                && SPAN_OPENERS.contains(tokens.get(i - 1).lower())
                && Words.TIME_UNITS.contains(tokens.get(i + 1).lower());
    }

    List<Quantity> find(ParsedText text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (isSpanOfOne(tokens, i, from, to)) {
                // "within a week", "in an hour": a duration as plain as "in one week"
                out.add(new Quantity(i, i + 2, Quantity.Kind.DURATION, text.text(i, i + 2)));
                i++;
                continue;
            }
            if (!t.number() && !t.is(Token.NUMBER_WORD | Token.MULTIPLIER) && !isFractionOrZero(t.lower())) {
                continue;
            }
            String w = t.lower();
            if (PRODUCT_NAME.matcher(w).matches()) {
                continue;
            }
            Quantity q = null;
            if (t.number()) {
                q = digits(text, i, to);
            } else if (Words.MULTIPLIER_WORDS.contains(w)) {
                if (!describesWhatFollows(tokens, i, to)) {
                    q = new Quantity(i, i + 1, Quantity.Kind.MULTIPLIER, text.text(i, i + 1));
                }
            } else if (w.equals("half") || w.equals("third") || w.equals("quarter") || w.equals("thirds")
                    || w.equals("quarters")) {
                q = fraction(text, i, from, to);
            } else if (w.equals("zero")) {
                q = new Quantity(i, i + 1, Quantity.Kind.COUNT, text.text(i, i + 1));
            } else if (Words.NUMBER_WORDS.containsKey(w)) {
                q = numberWord(text, i, to);
            } else if (w.equals("one") && i + 1 < to && (Words.TIME_UNITS.contains(tokens.get(i + 1).lower())
                    || tokens.get(i + 1).lower().equals("in"))) {
                q = numberWord(text, i, to);
            }
            if (q != null) {
                out.add(q);
                i = q.endToken() - 1;
            }
        }
        return out;
    }

    private static boolean isFractionOrZero(String w) {
        return w.equals("half") || w.equals("third") || w.equals("quarter") || w.equals("thirds") || w.equals("quarters")
                || w.equals("zero") || w.equals("one");
    }

    private static Quantity digits(ParsedText text, int i, int to) {
        List<Token> tokens = text.tokens();
        String w = tokens.get(i).lower();
        char first = w.charAt(0);
        if (Character.isLetter(first)) {
            // "q3", "p95", "h1", "v2" are names, not amounts; "10x" starts with a digit
            return null;
        }
        String next = i + 1 < to ? tokens.get(i + 1).lower() : "";
        boolean currency = !Character.isDigit(first);
        if (w.endsWith("%") || PERCENT_WORDS.contains(next)) {
            return span(text, i, w.endsWith("%") ? i + 1 : i + 2, Quantity.Kind.PERCENT);
        }
        if (currency || MONEY_WORDS.contains(next)) {
            int end = i + 1;
            if (SCALE_WORDS.contains(next)) {
                end++;
            }
            return span(text, i, end, Quantity.Kind.MONEY);
        }
        if (SCALE_WORDS.contains(next)) {
            String after = i + 2 < to ? tokens.get(i + 2).lower() : "";
            return MONEY_WORDS.contains(after) ? span(text, i, i + 3, Quantity.Kind.MONEY)
                    : span(text, i, i + 2, Quantity.Kind.COUNT);
        }
        if (w.endsWith("x") && w.length() > 1 && Character.isDigit(w.charAt(w.length() - 2))) {
            return span(text, i, i + 1, Quantity.Kind.MULTIPLIER);
        }
        if (isYear(w) && !Words.QUANTITY_NOUNS.contains(next)) {
            return null;
        }
        if (Words.TIME_UNITS.contains(next)) {
            return span(text, i, i + 2, Quantity.Kind.DURATION);
        }
        return span(text, i, i + 1, Quantity.Kind.COUNT);
    }

    private static Quantity numberWord(ParsedText text, int i, int to) {
        List<Token> tokens = text.tokens();
        int end = i + 1;
        while (end < to && (Words.NUMBER_WORDS.containsKey(tokens.get(end).lower()) || tokens.get(end).lower().equals("and")
                && end + 1 < to && Words.NUMBER_WORDS.containsKey(tokens.get(end + 1).lower()))) {
            end++;
        }
        String next = end < to ? tokens.get(end).lower() : "";
        if (PERCENT_WORDS.contains(next)) {
            return span(text, i, end + 1, Quantity.Kind.PERCENT);
        }
        if (MONEY_WORDS.contains(next)) {
            return span(text, i, end + 1, Quantity.Kind.MONEY);
        }
        if (Words.TIME_UNITS.contains(next)) {
            return span(text, i, end + 1, Quantity.Kind.DURATION);
        }
        if (next.equals("times") || next.equals("fold")) {
            return span(text, i, end + 1, Quantity.Kind.MULTIPLIER);
        }
        return span(text, i, end, Quantity.Kind.COUNT);
    }

    private static Quantity fraction(ParsedText text, int i, int from, int to) {
        List<Token> tokens = text.tokens();
        String prev = i > from ? tokens.get(i - 1).lower() : "";
        String w = tokens.get(i).lower();
        if (w.equals("half") || prev.equals("a") || prev.equals("one") || prev.equals("two") || prev.equals("three")
                || prev.equals("by")) {
            if (w.equals("quarter") && (prev.equals("the") || prev.equals("this") || prev.equals("next")
                    || prev.equals("last"))) {
                return null;
            }
            int start = prev.equals("a") || Words.NUMBER_WORDS.containsKey(prev) ? i - 1 : i;
            return span(text, start, i + 1, Quantity.Kind.FRACTION);
        }
        return null;
    }

    private static boolean isYear(String w) {
        if (w.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1950 && y <= 2099;
    }

    private static Quantity span(ParsedText text, int from, int to, Quantity.Kind kind) {
        int end = Math.min(to, text.tokens().size());
        return new Quantity(from, end, kind, text.text(from, end));
    }

    /** Words after "double" or "triple" that keep it a measure: "double the sign-ups", "double what it was", "double in a year". */
    private static final java.util.Set<String> AFTER_A_MEASURE = java.util.Set.of("the", "that", "what", "our", "its",
            "their", "his", "her", "my", "your", "from", "in", "to", "over", "since", "within", "compared", "of", "and",
            "or", "than", "by", "again", "last", "this", "overall", "year", "on");

    /**
     * "double debits", "double-sold seats", "triple-checked": an adjective that says what kind of thing follows, not how
     * much something moved, so not a quantity (rubric section 2: the result carries a measure).
     */
    static boolean describesWhatFollows(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (!(t.lower().equals("double") || t.lower().equals("triple")) || i + 1 >= to) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.sentence() == t.sentence() && !next.clauseBreak() && !next.number() && next.lower().chars().allMatch(Character::isLetter)
                && !AFTER_A_MEASURE.contains(next.lower());
    }
}
