package dev.loopcoach.core.loop;

/** An interviewer's vote in the debrief, as Amazon interviewers cast it. */
public enum HiringVote {
    STRONG_HIRE("Strong Hire"),
    HIRE("Hire"),
    NO_HIRE("No Hire"),
    STRONG_NO_HIRE("Strong No Hire");

    private final String label;

    HiringVote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hire() {
        return this == STRONG_HIRE || this == HIRE;
    }
}
