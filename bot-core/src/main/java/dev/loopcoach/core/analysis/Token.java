package dev.loopcoach.core.analysis;

/**
 * One word or number of a parsed text. {@code lower} is lower case with typographic apostrophes folded to
 * {@code '}; {@code stem} is {@link Stemmer#stem} of it (numbers keep their text). Offsets point into
 * {@link ParsedText#source()}. {@code clauseBreak} is true when a comma, colon, dash or bracket stands between
 * this token and the previous one (clause boundaries inside a sentence).
 */
public record Token(String lower, String stem, int start, int end, int sentence, boolean number, boolean clauseBreak) {

    /** True for "not", "never", "no", "without", "didn't" and the like. */
    public boolean negator() {
        return Words.NEGATORS.contains(lower) || lower.endsWith("n't");
    }
}
