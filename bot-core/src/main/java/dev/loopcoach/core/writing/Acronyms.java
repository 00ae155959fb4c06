package dev.loopcoach.core.writing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms not defined where they are first used. An acronym is a word with at least two capital letters and
 * no two lower-case letters in a row ("KPI", "KPIs", "CoE", "EC2", "P&amp;L"); a slash joins acronyms into one
 * ("PR/FAQ"), while "A/B" is not one. It counts as defined when its spelled-out form appears in the sentence of
 * first use or the sentence just before or after it, in any of the usual shapes: "key performance indicators
 * (KPIs)", "KPIs (key performance indicators)", "the WBR, our weekly business review". Words spell an acronym
 * when their first letters give its capitals in order ("x" may be a second letter, as in "customer
 * eXperience"; a word may give its first few letters, as in "customer SATisfaction", or its inner capitals, as in
 * "JavaScript"); "of", "and", "the" and similar may be skipped. Two-letter acronyms are spelled by chance too often,
 * so for them only a definition right beside the acronym counts.
 *
 * <p>Not reported, as every reader knows them: {@value #WELL_KNOWN_DOC}. Also ignored: Roman numerals
 * ("PM II"), times ("3 PM"), all-capital words that are ordinary English ("NOT", "NOTE") and lines written
 * entirely in capitals.
 */
final class Acronyms {
    static final String WELL_KNOWN_DOC = "US, USA, UK, EU, UN, CEO, OK, TV, ID, USD, EUR, GBP, UTC, KB, MB, GB, TB, COVID";
    static final Set<String> WELL_KNOWN = Set.of(WELL_KNOWN_DOC.split(", "));
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX");
    private static final Set<String> CAPITALIZED_WORDS = Set.of(
            "NOT", "NO", "YES", "ALL", "AND", "OR", "THE", "IS", "IT", "MUST", "NEVER", "ONLY", "NOW", "NEW", "NOTE",
            "WHY", "WHAT", "HOW", "WHO", "WHEN", "WE", "OUR", "YOU", "DO", "DONT", "TO", "OF", "IN", "ON", "AT", "BY",
            "FOR", "WITH", "AN", "BE", "ARE", "WAS", "WERE", "WILL", "CAN", "STOP", "GO", "UP", "BUT", "IF", "SO", "AS",
            "THIS", "THAT", "ME", "MY", "AM", "HE", "SHE", "ANY", "ONE", "TWO", "WARNING", "IMPORTANT", "TODO", "FREE",
            "SALE", "OFF", "OUT", "BIG", "HUGE", "NEED", "NEEDS", "KEY", "WIN");
    private static final Set<String> SKIPPABLE = Set.of(
            "of", "and", "the", "for", "a", "an", "to", "in", "on", "at", "by", "with", "plus", "or", "&", "as", "per", "over",
            "into", "from", "vs");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}(?::\\d\\d)?");
    private static final Pattern DOTTED = Pattern.compile("(?:[A-Z]\\.){2,}|(?:[A-Z]\\.)+[A-Z]");

    private Acronyms() {
    }

    private record Use(String key, String letters, int unit, List<String> parts) {
    }

    /** Undefined acronyms in order of first use, each once. */
    static List<String> undefined(List<Memo.Unit> units) {
        Map<String, Use> firstUse = new LinkedHashMap<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            String text = units.get(i).text();
            if (shouting(text)) {
                continue;
            }
            String[] tokens = text.split("[\\s\u2014\u2013]+");
            for (int k = 0; k < tokens.length; k++) {
                String previous = k > 0 ? tokens[k - 1] : "";
                String next = k + 1 < tokens.length ? tokens[k + 1] : "";
                if (capitalCount(tokens[k]) < 2 || placeName(tokens[k], previous, next)) {
                    continue;
                }
                for (Use use : candidates(tokens[k], previous, i)) {
                    if (!firstUse.containsKey(use.key())) {
                        firstUse.put(use.key(), use);
                        for (String p : use.parts()) {
                            partOf.putIfAbsent(p, use.key());
                        }
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Use use : firstUse.values()) {
            String compound = partOf.get(use.key());
            if (compound != null && !compound.equals(use.key())) {
                Use c = firstUse.get(compound);
                if (c != null && c.unit() <= use.unit()) {
                    // First seen inside "PR/FAQ": judged with the compound, not twice.
                    continue;
                }
            }
            if (!definedNear(use, units)) {
                out.add(use.key());
            }
        }
        return out;
    }

    /**
     * "Austin, TX" and a dateline's "SEATTLE, WA": a state code after a place and a comma, or a place name in capitals
     * before one, is an address, not an acronym.
     */
    private static boolean placeName(String raw, String previous, String next) {
        String t = raw.replaceAll("[^A-Za-z]", "");
        if (US_STATES.contains(t) && previous.endsWith(",") && previous.replaceAll("[^A-Za-z]", "").length() >= 2) {
            return true;
        }
        return raw.endsWith(",") && US_STATES.contains(next.replaceAll("[^A-Za-z]", "")) && t.length() >= 3;
    }

    private static final Set<String> US_STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
            "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
            "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC");

    private static List<Use> candidates(String raw, String previous, int unit) {
        String t = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['\u2019][sS]$", "");
        if (t.isEmpty()) {
            return List.of();
        }
        if (DOTTED.matcher(raw.replaceAll("^[^\\p{L}]+|[^\\p{L}.]+$", "")).matches()) {
            String key = raw.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
            return key.length() >= 2 && !WELL_KNOWN.contains(key) ? List.of(new Use(key, key, unit, List.of())) : List.of();
        }
        List<Use> out = new ArrayList<>();
        for (String piece : t.split("-")) {
            if (piece.contains("/")) {
                String[] parts = piece.split("/");
                boolean all = parts.length > 1;
                for (String p : parts) {
                    all &= acronymLike(p);
                }
                if (all) {
                    StringBuilder letters = new StringBuilder();
                    List<String> keys = new ArrayList<>();
                    for (String p : parts) {
                        String k = stripPlural(p);
                        keys.add(k);
                        letters.append(capitals(k));
                    }
                    out.add(new Use(String.join("/", keys), letters.toString(), unit, keys));
                }
                continue;
            }
            if (acronymLike(piece)) {
                String key = stripPlural(piece);
                if (!ignored(key, previous)) {
                    out.add(new Use(key, capitals(key), unit, List.of()));
                }
            }
        }
        return out;
    }

    private static boolean ignored(String key, String previous) {
        if (WELL_KNOWN.contains(key) || ROMAN.contains(key) || CAPITALIZED_WORDS.contains(key)) {
            return true;
        }
        if (key.matches("\\d{1,2}(?::\\d\\d)?(?:AM|PM)")) {
            return true;
        }
        return (key.equals("AM") || key.equals("PM")) && TIME.matcher(previous.replaceAll("[^0-9:]", "")).matches()
                && !previous.replaceAll("[^0-9]", "").isEmpty();
    }

    /** Two or more capitals, no two lower-case letters in a row (a trailing plural "s" aside). */
    static boolean acronymLike(String word) {
        String w = stripPlural(word);
        if (w.length() < 2 || !w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '&')) {
            return false;
        }
        if (capitals(w).length() < 2) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return false;
            }
        }
        return Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) || Character.isUpperCase(w.charAt(1));
    }

    private static int capitalCount(String raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isUpperCase(raw.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String stripPlural(String w) {
        if (w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String capitals(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A line in capitals ("EXECUTIVE SUMMARY") is shouting, not a list of acronyms. */
    private static boolean shouting(String text) {
        List<String> words = Words.of(text).stream().filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
        long caps = words.stream().filter(w -> w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))).count();
        return words.size() >= 2 && caps >= 2 && caps * 10 >= words.size() * 6
                && words.stream().anyMatch(w -> CAPITALIZED_WORDS.contains(w.replaceAll("[^A-Za-z]", "")) || w.length() > 5);
    }

    private static boolean definedNear(Use use, List<Memo.Unit> units) {
        String letters = use.letters().toLowerCase(Locale.ROOT);
        if (letters.length() <= 2) {
            // Two letters are spelled by chance too often ("per month", "at the week"): only a definition right next
            // to the acronym counts, as in "press release (PR)" or "PR (press release)".
            return spelledBeside(letters, use.key(), units.get(use.unit()).text());
        }
        for (int i = Math.max(0, use.unit() - 1); i <= Math.min(units.size() - 1, use.unit() + 1); i++) {
            if (spelledOut(letters, expansionWords(units.get(i).text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spelledBeside(String letters, String key, String text) {
        List<String> words = expansionWords(text);
        List<String> raw = rawWords(text);
        for (int at = 0; at < words.size(); at++) {
            if (words.get(at) != null || !stripPlural(raw.get(at)).equals(key)) {
                continue;
            }
            for (int start = Math.max(0, at - letters.length() - 4); start < at; start++) {
                for (int end = at - 1; end >= Math.max(start + 1, at - 2); end--) {
                    if (words.get(start) != null && match(letters, 0, words.subList(start, end + 1), 0, 0)
                            && spellsExactly(letters, words.subList(start, end + 1))) {
                        return true;
                    }
                }
            }
            for (int start = at + 1; start <= Math.min(words.size() - 1, at + 3); start++) {
                for (int end = start + 1; end < Math.min(words.size(), start + letters.length() + 3); end++) {
                    if (words.get(start) != null && !SKIPPABLE.contains(words.get(start).toLowerCase(Locale.ROOT))
                            && match(letters, 0, words.subList(start, end + 1), 0, 0)
                            && spellsExactly(letters, words.subList(start, end + 1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The run ends with the word that gives the last letter (no trailing words). */
    private static boolean spellsExactly(String letters, List<String> run) {
        String last = run.get(run.size() - 1);
        if (last == null) {
            return false;
        }
        String l = last.toLowerCase(Locale.ROOT);
        char want = letters.charAt(letters.length() - 1);
        return !SKIPPABLE.contains(l) && (l.charAt(0) == want || (want == 'x' && l.length() > 1 && l.charAt(1) == 'x'));
    }

    /** The same split as {@link #expansionWords}, keeping each word's original text, so positions line up. */
    private static List<String> rawWords(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("[\\s\u2014\u2013/]+|(?<=\\p{L})-(?=\\p{L})")) {
            String w = raw.replaceAll("^[^\\p{L}&]+|[^\\p{L}]+$", "").replaceAll("['\u2019]s$", "");
            if (!w.isEmpty()) {
                out.add(raw.replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}]+$", "").replaceAll("['\u2019][sS]$", ""));
            }
        }
        return out;
    }

    /** Words with their case; acronyms themselves become breaks (null) so they never spell themselves. */
    private static List<String> expansionWords(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("[\\s\u2014\u2013/]+|(?<=\\p{L})-(?=\\p{L})")) {
            String w = raw.replaceAll("^[^\\p{L}&]+|[^\\p{L}]+$", "").replaceAll("['\u2019]s$", "");
            if (w.isEmpty()) {
                continue;
            }
            out.add(acronymLike(w) || DOTTED.matcher(w + ".").matches() ? null : w);
        }
        return out;
    }

    private static boolean spelledOut(String letters, List<String> words) {
        for (int start = 0; start < words.size(); start++) {
            String w = words.get(start);
            if (w != null && !SKIPPABLE.contains(w.toLowerCase(Locale.ROOT)) && match(letters, 0, words, start, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Can {@code letters[li..]} be spelled by {@code words[wi..]} without a gap? Each content word gives the next
     * letter with its first letter (or "x" as its second, as in "eXperience"), and may give more with capitals
     * inside it ("JavaScript"); small words ("of", "and", "the") may be skipped.
     */
    private static boolean match(String letters, int li, List<String> words, int wi, int contributed) {
        if (li == letters.length()) {
            return contributed >= 2;
        }
        if (wi >= words.size() || words.get(wi) == null) {
            return false;
        }
        String original = words.get(wi);
        String w = original.toLowerCase(Locale.ROOT);
        char wanted = letters.charAt(li);
        boolean gives = w.charAt(0) == wanted || (wanted == 'x' && w.length() > 1 && w.charAt(1) == 'x');
        if (gives) {
            if (match(letters, li + 1, words, wi + 1, contributed + 1)) {
                return true;
            }
            // More letters from the same word: its next letters ("SATisfaction" in CSAT) or its inner capitals ("JavaScript").
            int l = li + 1;
            for (int i = 1; i < w.length() && l < letters.length() && w.charAt(i) == letters.charAt(l); i++) {
                l++;
                if (match(letters, l, words, wi + 1, contributed + 1)) {
                    return true;
                }
            }
            l = li + 1;
            for (int i = 1; i < original.length() && l < letters.length(); i++) {
                if (Character.isUpperCase(original.charAt(i)) && w.charAt(i) == letters.charAt(l)) {
                    l++;
                    if (match(letters, l, words, wi + 1, contributed + 1)) {
                        return true;
                    }
                }
            }
        }
        if (contributed > 0 && SKIPPABLE.contains(w)) {
            return match(letters, li, words, wi + 1, contributed);
        }
        return false;
    }
}
