package dev.loopcoach.core.writing;

import dev.loopcoach.core.bank.Question;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a written answer should be, in words, read from the prompt: "about 2 pages, no more than 4",
 * "One page", "Half a page", "about 1.5 pages". We count a page as {@value #WORDS_PER_PAGE} words (a
 * single-spaced page of prose in an 11-point font); a prompt without a page count gets one page. Too short is
 * under 60% of the target; too long is past the stated maximum, or 50% over the target when none is stated.
 *
 * @param words the length to aim for
 * @param min below this the answer is too thin to judge well
 * @param max above this the answer is over the limit
 * @param description the target in the prompt's own terms, e.g. "about 2 pages (1,000 words), at most 4"
 */
public record WritingTarget(int words, int min, int max, String description) {
    public static final int WORDS_PER_PAGE = 500;
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|half a|half|one and a half|one|two|three|four|five|six)";
    /** "no more than 4 pages", or "no more than 4" after a page count ("about 2 pages, no more than 4"). */
    private static final Pattern MAX_PAGES = Pattern.compile("\\b(?:no more than|at most|up to|maximum of|max\\.?)\\s+" + NUMBER
            + "(?:[ -]pages?|(?=\\s*[),;.]))");
    private static final Pattern PAGES = Pattern.compile("\\b" + NUMBER + "[ -]pages?");
    /** Built-in prompts whose first page count is not the length of the whole answer (a PR/FAQ is more than its one-page release). */
    private static final Map<String, Double> PAGES_BY_PROMPT = Map.of("wr-05", 2.5);

    public WritingTarget {
        if (words < 1 || min < 0 || max < words || min > words) {
            throw new IllegalArgumentException("a target needs 0 <= min <= words <= max");
        }
    }

    public static WritingTarget pages(double pages, Optional<Double> maxPages) {
        int words = (int) Math.round(pages * WORDS_PER_PAGE);
        int max = maxPages.map(p -> (int) Math.round(p * WORDS_PER_PAGE)).orElse((int) Math.round(words * 1.5));
        String desc = (pages == 0.5 ? "half a page" : "about " + format(pages) + (pages == 1 ? " page" : " pages"))
                + " (" + String.format(Locale.ROOT, "%,d", words) + " words)"
                + maxPages.map(p -> ", at most " + format(p) + (p == 1 ? " page" : " pages")).orElse("");
        return new WritingTarget(words, (int) Math.round(words * 0.6), Math.max(max, words), desc);
    }

    public static WritingTarget forPrompt(Question prompt) {
        Double known = PAGES_BY_PROMPT.get(prompt.id().value());
        if (known != null) {
            return pages(known, Optional.empty());
        }
        return fromText(prompt.text());
    }

    /** The target a prompt's text asks for; one page when it names none. */
    public static WritingTarget fromText(String promptText) {
        String t = promptText.toLowerCase(Locale.ROOT);
        Optional<Double> max = Optional.empty();
        int maxStart = -1;
        int maxEnd = -1;
        Matcher mm = MAX_PAGES.matcher(t);
        if (mm.find()) {
            max = Optional.of(number(mm.group(1)));
            maxStart = mm.start();
            maxEnd = mm.end();
        }
        Matcher m = PAGES.matcher(t);
        while (m.find()) {
            if (m.start() >= maxStart && m.end() <= maxEnd) {
                continue;
            }
            double pages = number(m.group(1));
            return pages(pages, max.filter(x -> x >= pages));
        }
        return max.map(x -> pages(Math.min(1, x), Optional.of(x))).orElse(pages(1, Optional.empty()));
    }

    private static double number(String s) {
        switch (s) {
            case "half a":
            case "half":
                return 0.5;
            case "one and a half":
                return 1.5;
            case "one":
                return 1;
            case "two":
                return 2;
            case "three":
                return 3;
            case "four":
                return 4;
            case "five":
                return 5;
            case "six":
                return 6;
            default:
                return Double.parseDouble(s);
        }
    }

    private static String format(double pages) {
        return pages == Math.rint(pages) ? String.valueOf((int) pages) : String.valueOf(pages);
    }

    /** The time box for writing it: about 45 minutes a page, at least 30 and at most 2 hours. */
    public int minutes() {
        int minutes = (int) Math.round(words / (double) WORDS_PER_PAGE * 45);
        return Math.max(30, Math.min(120, minutes));
    }

    /** "short", "ok" or "long" for an answer of {@code count} words. */
    public String judge(int count) {
        if (count < min) {
            return "short";
        }
        return count > max ? "long" : "ok";
    }
}
