package dev.loopcoach.core.coaching;

/** An Amazon-style interviewer vote on one Leadership Principle for one answer. */
public enum Vote {
    STRONGLY_INCLINED("Strongly Inclined", 4),
    INCLINED("Inclined", 3),
    NOT_INCLINED("Not Inclined", 2),
    STRONGLY_NOT_INCLINED("Strongly Not Inclined", 1);

    private final String label;
    private final int score;

    Vote(String label, int score) {
        this.label = label;
        this.score = score;
    }

    /** The vote a label names ("Inclined"), if it names one. */
    public static java.util.Optional<Vote> ofLabel(String label) {
        for (Vote v : values()) {
            if (v.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }

    public String label() {
        return label;
    }

    /** 1 (Strongly Not Inclined) to 4 (Strongly Inclined); averages of these drive progress. */
    public int score() {
        return score;
    }

    public boolean positive() {
        return score >= 3;
    }

    public static Vote fromAverage(double average) {
        if (average >= 3.5) {
            return STRONGLY_INCLINED;
        }
        if (average >= 2.5) {
            return INCLINED;
        }
        if (average >= 1.5) {
            return NOT_INCLINED;
        }
        return STRONGLY_NOT_INCLINED;
    }

    @Override
    public String toString() {
        return label;
    }
}
