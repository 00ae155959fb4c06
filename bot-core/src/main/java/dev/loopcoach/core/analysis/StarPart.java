package dev.loopcoach.core.analysis;

/** The four parts of a STAR answer. */
public enum StarPart {
    SITUATION("Situation", "the context: where you were, what was going on, why it mattered"),
    TASK("Task", "your goal or responsibility in one sentence"),
    ACTION("Action", "the concrete steps you personally took, in the past tense"),
    RESULT("Result", "what happened in the end, in numbers, and what you learned");

    private final String label;
    private final String whatToAdd;

    StarPart(String label, String whatToAdd) {
        this.label = label;
        this.whatToAdd = whatToAdd;
    }

    public String label() {
        return label;
    }

    /** What a missing part should contain, in the coach's words. */
    public String whatToAdd() {
        return whatToAdd;
    }
}
