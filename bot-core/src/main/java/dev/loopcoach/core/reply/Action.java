package dev.loopcoach.core.reply;

/** What the user can do next; adapters render these as buttons or command hints. */
public enum Action {
    ANSWER("Answer", "/done after your answer"),
    /** A follow-up asked in a daily-question thread waits for a reply there (typed in the thread, or a form). */
    ANSWER_IN_THREAD("Answer the follow-up", "reply in the thread"),
    /** Hands in a written answer drafted over several parts (the memo). */
    HAND_IN("Hand in", "/done"),
    HINT("Hint", "/hint"),
    SKIP("Skip", "/skip"),
    REPEAT("Repeat", "/repeat"),
    END("End", "/end"),
    RESUME("Resume", "/resume"),
    NEW_INTERVIEW("New interview", "/mockinterview"),
    CONFIRM_DELETE("Yes, delete everything", "/mydata delete confirm"),
    KEEP_DATA("Keep my data", "");

    private final String label;
    private final String consoleHint;

    Action(String label, String consoleHint) {
        this.label = label;
        this.consoleHint = consoleHint;
    }

    public String label() {
        return label;
    }

    public String consoleHint() {
        return consoleHint;
    }
}
