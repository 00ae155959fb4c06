package dev.loopcoach.core.analysis;

/**
 * One word or number of a parsed text. {@code lower} is lower case with typographic apostrophes folded to
 * {@code '}; {@code stem} is {@link Stemmer#stem} of it (numbers keep their text). Offsets point into
 * {@link ParsedText#source()}. {@code clauseBreak} is true when a comma, colon, dash or bracket stands between
 * this token and the previous one (clause boundaries inside a sentence).
 */
public record Token(String lower, String stem, int start, int end, int sentence, boolean number, boolean clauseBreak,
        int flags) {
    static final int NEGATOR = 1;
    static final int I_WORD = 2;
    static final int WE_WORD = 4;
    static final int PAST = 8;
    static final int FILLER = 16;
    static final int CONJUNCTION = 32;
    static final int NUMBER_WORD = 64;
    static final int MULTIPLIER = 128;
    static final int TIME_UNIT = 256;
    static final int ADVERB = 512;
    /** "though", "although", "despite", "without", "than", "of", "if": words that may open a side clause. */
    static final int SIDE_MARKER = 1024;

    /** Word-class flags computed once when the text is parsed (one table lookup plus the "-ed" rule). */
    static int flagsOf(String lower) {
        int f = Words.classOf(lower);
        if (lower.endsWith("n't")) {
            f |= NEGATOR;
        }
        if ((f & PAST) == 0 && Words.isRegularPast(lower)) {
            f |= PAST;
        }
        return f;
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** True for "not", "never", "no", "without", "didn't" and the like. */
    public boolean isNegator() {
        return (flags & NEGATOR) != 0;
    }

    /** I, me, my, mine, myself and contractions such as "I'm". */
    public boolean isIWord() {
        return (flags & I_WORD) != 0;
    }

    /** we, us, our, ours, ourselves and contractions such as "we're". */
    public boolean isWeWord() {
        return (flags & WE_WORD) != 0;
    }

    /** A past-tense verb form ("built", "reduced", "was"). */
    public boolean isPast() {
        return (flags & PAST) != 0;
    }
}
