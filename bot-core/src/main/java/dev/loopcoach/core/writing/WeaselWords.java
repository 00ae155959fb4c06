package dev.loopcoach.core.writing;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words Amazon-style reviewers strike out, in two lists:
 * <ul>
 *   <li><b>weasel words</b>, flagged wherever they appear: hedges ("should", "might", "probably", "I think"),
 *       vague amounts ("many", "several", "a lot of"), vague frequency ("often", "usually"), approximations
 *       ("nearly", "roughly"), intensifiers ("very", "clearly") and claims of size without the size
 *       ("significantly", "huge");</li>
 *   <li><b>adjectives without data</b>: judgement words ("faster", "better", "improved", "frustrated") in a
 *       sentence that has no number to back them.</li>
 * </ul>
 * Each finding carries the sentence rewritten with a placeholder where the data belongs.
 */
final class WeaselWords {

    private record Entry(String phrase, Pattern pattern, String replacement, String advice, String firstWord) {
        Entry(String phrase, Pattern pattern, String replacement, String advice) {
            this(phrase, pattern, replacement, advice, phrase.contains(" ") ? phrase.substring(0, phrase.indexOf(' ')) : phrase);
        }
    }

    private static final List<String> PRINCIPLE_NAMES = java.util.Arrays.stream(LeadershipPrinciple.values())
            .map(lp -> lp.displayName().toLowerCase(Locale.ROOT)).toList();

    private static final String HEDGE = "Commit, or state the condition: \"we will ...\" or \"if X, we will ...\".";
    private static final String UNSURE = "Say how sure you are and why, or write \"I don't know; I will find out by <date>\".";
    private static final String AMOUNT = "Give the count or the share (e.g. \"3,200 customers, 18%\").";
    private static final String FREQUENCY = "Say how often, measured (e.g. \"in 12% of sessions\").";
    private static final String APPROX = "Give the exact figure; the reader can round it.";
    private static final String INTENSIFIER = "Delete it; if the point needs strength, add a number instead.";
    private static final String SIZE = "Say how big, with a number (e.g. \"by 12%, from 40,000 to 44,800\").";
    private static final String OPINION = "State the claim and the evidence for it; your belief adds nothing.";
    private static final String SOURCE = "Name the source and the number it reports.";
    private static final String ADJECTIVE = "Replace the adjective with the measurement that proves it.";

    private static final List<Entry> WEASELS = new ArrayList<>();
    private static final List<Entry> ADJECTIVES = new ArrayList<>();

    static {
        for (String w : List.of("should", "would", "might")) {
            weasel(w, "will", HEDGE);
        }
        weasel("could", "can", HEDGE);
        weasel("may", "will", HEDGE);
        for (String w : List.of("most likely", "very likely", "probably", "possibly", "perhaps", "maybe", "arguably", "apparently", "presumably",
                "seemingly", "hopefully", "likely", "unlikely", "conceivably")) {
            weasel(w, "[how likely, and why]", UNSURE);
        }
        weasel("seems to be", "is", UNSURE);
        weasel("seem to be", "are", UNSURE);
        weasel("appears to be", "is", UNSURE);
        weasel("appear to be", "are", UNSURE);
        weaselAtStart("it seems that", UNSURE);
        weaselAtStart("it seems", UNSURE);
        weaselAtStart("it appears that", UNSURE);
        weasel("seems", "is", UNSURE);
        weasel("seem", "are", UNSURE);
        for (String w : List.of("i think that", "we think that", "i believe that", "we believe that", "i feel that",
                "we feel that", "i think", "we think", "i believe", "we believe", "i feel", "we feel", "in my opinion",
                "in our opinion")) {
            weaselAtStart(w, OPINION);
        }
        for (String w : List.of("it is believed", "it is thought", "it is said", "some say", "experts say", "studies show",
                "research shows", "people say")) {
            weasel(w, "[named source] shows", SOURCE);
        }
        for (String w : List.of("a large number of", "a great deal of", "a majority of", "the majority of", "a number of",
                "a handful of", "a bunch of", "a lot of", "lots of", "tons of", "plenty of", "most of", "as many as",
                "as much as", "a lot", "a few", "many", "several", "various", "numerous", "countless", "few", "some",
                "multiple", "most")) {
            weasel(w, "[N]", AMOUNT);
        }
        for (String w : List.of("often", "usually", "sometimes", "frequently", "rarely", "seldom", "occasionally",
                "generally", "typically", "normally", "mostly", "largely", "commonly")) {
            weasel(w, "[in X% of cases]", FREQUENCY);
        }
        for (String w : List.of("nearly", "almost", "approximately", "roughly", "more or less", "up to", "around")) {
            weasel(w, "[exactly]", APPROX);
        }
        for (String w : List.of("very", "really", "extremely", "incredibly", "truly", "quite", "fairly", "rather",
                "somewhat", "relatively", "clearly", "obviously", "basically", "essentially", "actually", "literally",
                "totally", "definitely", "certainly", "undoubtedly", "virtually", "practically", "surely", "especially",
                "particularly", "kind of", "sort of", "a bit", "a little")) {
            weasel(w, "", INTENSIFIER);
        }
        for (String w : List.of("significantly", "substantially", "considerably", "dramatically", "drastically",
                "greatly", "hugely", "massively", "tremendously", "enormously", "vastly", "immensely", "sharply",
                "meaningfully", "materially", "exponentially")) {
            weasel(w, "by [X%]", SIZE);
        }
        for (String w : List.of("significant", "substantial", "considerable", "dramatic", "drastic", "huge", "massive",
                "tremendous", "enormous", "vast", "immense", "incredible", "amazing", "stellar", "meaningful",
                "game-changing", "world-class", "best-in-class")) {
            weasel(w, "[X%]", SIZE);
        }
        for (String w : List.of("better", "best", "worse", "worst", "faster", "fastest", "quicker", "slower", "higher",
                "lower", "bigger", "smaller", "larger", "improved", "great", "good", "excellent", "strong", "stronger",
                "weak", "poor", "fast", "quick", "slow", "easy", "easier", "harder", "seamless", "robust", "intuitive",
                "happy", "happier", "unhappy", "satisfied", "frustrated", "delighted", "successful", "effective",
                "efficient", "popular", "cheaper", "expensive", "reliable", "scalable")) {
            ADJECTIVES.add(new Entry(w, pattern(w), "[measured: X] " + w, ADJECTIVE));
        }
    }

    private WeaselWords() {
    }

    private static void weasel(String phrase, String replacement, String advice) {
        WEASELS.add(new Entry(phrase, pattern(phrase), replacement, advice));
    }

    /** A phrase that is deleted when found; if it opened the sentence, the next word gets the capital. */
    private static void weaselAtStart(String phrase, String advice) {
        WEASELS.add(new Entry(phrase, pattern(phrase), "", advice));
    }

    private static Pattern pattern(String phrase) {
        String body = String.join("\\s+", List.of(phrase.split(" ")).stream().map(Pattern::quote).toList());
        return Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])" + body + "(?![\\p{L}\\p{N}'\u2019-])", Pattern.CASE_INSENSITIVE);
    }

    private record Hit(Entry entry, int start, int end) {
    }

    static List<WordFinding> weaselWords(String sentence) {
        return find(sentence, WEASELS);
    }

    /** Judgement adjectives in a sentence that has no number in it. */
    static List<WordFinding> adjectivesWithoutData(String sentence) {
        if (Words.of(sentence).stream().anyMatch(Words::isDataNumber)) {
            return List.of();
        }
        return find(sentence, ADJECTIVES);
    }

    private static List<WordFinding> find(String sentence, List<Entry> entries) {
        String masked = maskPrincipleNames(sentence);
        Set<String> tokens = tokens(masked.toLowerCase(Locale.ROOT));
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (!tokens.contains(e.firstWord)) {
                continue;
            }
            Matcher m = e.pattern().matcher(masked);
            while (m.find()) {
                if (counts(e, sentence, m.start(), m.end())) {
                    hits.add(new Hit(e, m.start(), m.end()));
                }
            }
        }
        // Longest phrase wins where two overlap ("a lot of" over "a lot", "it seems that" over "seems").
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        List<Hit> kept = new ArrayList<>();
        int reach = -1;
        for (Hit h : hits) {
            if (h.start() >= reach) {
                kept.add(h);
                reach = h.end();
            }
        }
        List<WordFinding> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Hit h : kept) {
            if (seen.add(h.entry().phrase())) {
                out.add(new WordFinding(h.entry().phrase(), sentence, rewrite(sentence, h), h.entry().advice()));
            }
        }
        return out;
    }

    /** Lower-case words (letters, digits, apostrophes and hyphens), to skip phrases whose first word is absent. */
    private static Set<String> tokens(String lower) {
        Set<String> out = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Blanks out the names of the Leadership Principles ("Are Right, A Lot", "Hire and Develop the Best"), which
     * contain words that are weasels elsewhere. Same length, so positions stay valid.
     */
    private static String maskPrincipleNames(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        char[] out = sentence.toCharArray();
        for (String name : PRINCIPLE_NAMES) {
            for (int i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
                java.util.Arrays.fill(out, i, i + name.length(), ' ');
            }
        }
        return new String(out);
    }

    /** Context rules that keep ordinary uses out: "May 2025", "how many", "rather than", "statistically significant". */
    private static boolean counts(Entry e, String s, int start, int end) {
        String found = s.substring(start, end);
        String before = lastWord(s.substring(0, start));
        String after = firstWord(s.substring(end));
        switch (e.phrase()) {
            case "may":
                return found.equals("may");
            case "many":
                return !before.equals("how") && !before.equals("too");
            case "rather":
                return !after.equals("than");
            case "significant":
            case "significantly":
                return !before.equals("statistically");
            case "up to":
                // "up to 30% faster" or "up to 3x" promises the best case; "up to 2 hours before" states a rule.
                return upperBoundClaim(s.substring(end));
            case "most":
                // "Most sellers", "in most cases" are vague; "the most important", "at most 5", "we most want" are not.
                return MOST_BEFORE.contains(before) && !after.endsWith("ly") && !after.isEmpty() && Character.isLetter(after.charAt(0));
            case "around":
                return UPPER_BOUND.matcher(s.substring(end)).find() || !after.isEmpty() && Character.isDigit(after.charAt(0));
            case "few":
                return !before.equals("a") && !before.equals("quite");
            case "best":
            case "good":
                return !after.startsWith("practice");
            case "fast":
            case "quick":
                return !after.equals("track") && !after.equals("follow") && !after.equals("follower");
            case "multiple":
                return !before.equals("a");
            default:
                return true;
        }
    }

    private static final java.util.Set<String> MOST_BEFORE = java.util.Set.of(
            "", "for", "in", "of", "to", "with", "by", "from", "on", "and", "but", "that", "because", "since", "while", "so",
            "across", "among", "like", "what");

    private static final Pattern UPPER_BOUND = Pattern.compile(
            "^\\s*(?:\\$\\s?[\\d.,]+\\s*[kmb]?|[\\d.,]+\\s*(?:%|x\\b|percent\\b|times\\b|fold\\b|-fold\\b))",
            Pattern.CASE_INSENSITIVE);

    private static boolean upperBoundClaim(String rest) {
        return UPPER_BOUND.matcher(rest).find();
    }

    private static String lastWord(String s) {
        List<String> w = Words.of(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1).toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String s) {
        List<String> w = Words.of(s);
        return w.isEmpty() ? "" : w.get(0).toLowerCase(Locale.ROOT);
    }

    /**
     * The candidate's sentence with the word removed or swapped, or "" when no faithful rewrite exists (rubric
     * section 4): a placeholder never goes inside their sentence, and a modal is not turned into "will" in a sentence
     * told in the past, which would change its tense. The advice then says what to do instead.
     */
    private static String rewrite(String s, Hit h) {
        String replacement = h.entry().replacement();
        if (replacement.contains("[") || h.entry().advice().equals(HEDGE) && PastTense.in(s)) {
            return "";
        }
        String head = s.substring(0, h.start());
        String tail = s.substring(h.end());
        if (replacement.isEmpty()) {
            tail = tail.replaceFirst("^\\s*,\\s*", " ");
        }
        String joined = (head + replacement + tail).replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:!?])", "$1").strip();
        boolean atStart = head.isBlank();
        if (atStart && !joined.isEmpty()) {
            joined = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        }
        return joined;
    }
}
