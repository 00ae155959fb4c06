package dev.loopcoach.core.writing;

/** The overall call on a piece of writing. */
public enum WritingVerdict {
    READY("Ready to send"),
    CLOSE("Close: fix the flagged items"),
    REWORK("Needs another draft");

    private final String label;

    WritingVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
