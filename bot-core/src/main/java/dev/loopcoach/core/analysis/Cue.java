package dev.loopcoach.core.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One weighted pattern of a {@link CueSet}: a word, a stem prefix or a short phrase, with the label it
 * votes for. Each element matches one token, except a gap, which matches {@code minGap..maxGap} tokens of any kind
 * (written {@code _} for one token and {@code ~} for zero or one).
 *
 * @param negationSensitive true when a "not"/"never"/"without" just before it flips its meaning ("without data"),
 *        so a negated match counts only {@value CueSet#NEGATED_FACTOR} of its weight
 * @param pattern the whole source line's pattern; alternatives of one line share this exact string
 */
public record Cue(String label, double weight, List<Element> elements, boolean negationSensitive, String pattern) {

    public Cue {
        elements = List.copyOf(elements);
    }

    /** One position of a pattern: a set of alternatives, or a gap of {@code minGap..maxGap} arbitrary tokens. */
    public static final class Element {
        private final List<Alt> alts;
        private final Set<String> stems = new HashSet<>();
        private final Set<String> exacts = new HashSet<>();
        private final String[] prefixes;
        private final int minGap;
        private final int maxGap;

        Element(List<Alt> alts) {
            this.alts = List.copyOf(alts);
            java.util.ArrayList<String> p = new java.util.ArrayList<>();
            for (Alt a : alts) {
                switch (a.kind()) {
                    case STEM -> stems.add(a.text());
                    case EXACT -> exacts.add(a.text());
                    case PREFIX -> p.add(a.text());
                }
            }
            this.prefixes = p.toArray(new String[0]);
            this.minGap = -1;
            this.maxGap = -1;
        }

        Element(int minGap, int maxGap) {
            this.alts = List.of();
            this.prefixes = new String[0];
            this.minGap = minGap;
            this.maxGap = maxGap;
        }

        public List<Alt> alts() {
            return alts;
        }

        boolean hasPrefix() {
            return prefixes.length > 0;
        }

        boolean gap() {
            return maxGap >= 0;
        }

        int minGap() {
            return minGap;
        }

        int maxGap() {
            return maxGap;
        }

        boolean matches(Token t) {
            if (!t.number() && stems.contains(t.stem())) {
                return true;
            }
            if (!exacts.isEmpty() && exacts.contains(t.lower())) {
                return true;
            }
            for (String p : prefixes) {
                if (t.lower().startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A word compared by stem, a prefix of the lower-case token, or the exact lower-case token. */
    public record Alt(Kind kind, String text) {
        public enum Kind { STEM, PREFIX, EXACT }
    }
}
