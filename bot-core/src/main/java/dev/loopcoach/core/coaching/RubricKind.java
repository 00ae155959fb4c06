package dev.loopcoach.core.coaching;

import dev.loopcoach.core.bank.Category;

/** Which rubric judged an answer (rubric section 1): a story rubric never judges a non-story question. */
public enum RubricKind {
    BEHAVIORAL("behavioral"),
    CASE("case"),
    RECRUITER("recruiter"),
    WRITING("writing"),
    FOLLOW_UP("follow-up");

    private final String key;

    RubricKind(String key) {
        this.key = key;
    }

    /** The name used in {@code analyze --jsonl} output. */
    public String key() {
        return key;
    }

    /** The rubric for a main answer to a question of this category. */
    public static RubricKind forCategory(Category c) {
        return switch (c) {
            case BEHAVIORAL -> BEHAVIORAL;
            case PRODUCT_SENSE, STRATEGY, METRICS, TECHNICAL, PROGRAM -> CASE;
            case RECRUITER_SCREEN -> RECRUITER;
            case WRITING -> WRITING;
        };
    }
}
