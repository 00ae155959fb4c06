package dev.loopcoach.core.analysis;

/** Whose story it is: mostly "I", mostly "we", or a mix. {@link #label()} is what the batch output prints. */
public enum Ownership {
    I("I"), WE("we"), MIXED("mixed");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * "I" when I-words are at least twice the we-words, "we" when we-words are at least twice the I-words,
     * otherwise "mixed". An answer with neither counts as "I" (nothing was shared with a team).
     */
    public static Ownership of(int iWords, int weWords) {
        if (iWords >= 2 * weWords) {
            return I;
        }
        if (weWords >= 2 * iWords) {
            return WE;
        }
        return MIXED;
    }
}
