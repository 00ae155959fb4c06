package dev.loopcoach.core.analysis;

import java.util.List;

/**
 * One weighted pattern of a {@link CueSet}: a word, a stem prefix or a short phrase, with the label it
 * votes for. Elements match one token each, except {@code ~} (zero or one token).
 *
 * @param negationSensitive true when a "not"/"never"/"without" just before it flips its meaning ("without data"),
 *        so a negated match counts only {@value CueSet#NEGATED_FACTOR} of its weight
 */
public record Cue(String label, double weight, List<Element> elements, boolean negationSensitive, String pattern) {

    public Cue {
        elements = List.copyOf(elements);
    }

    /** One position of a pattern: alternatives, any one of which matches. */
    public record Element(List<Alt> alts, boolean any, boolean optional) {
        public Element {
            alts = List.copyOf(alts);
        }

        boolean matches(Token t) {
            if (any) {
                return true;
            }
            for (Alt a : alts) {
                if (a.matches(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A word compared by stem, a prefix of the lower-case token, or the exact lower-case token. */
    public record Alt(Kind kind, String text) {
        public enum Kind { STEM, PREFIX, EXACT }

        boolean matches(Token t) {
            return switch (kind) {
                case STEM -> !t.number() && t.stem().equals(text);
                case PREFIX -> t.lower().startsWith(text);
                case EXACT -> t.lower().equals(text);
            };
        }
    }
}
