package dev.loopcoach.core.session;

public enum SessionKind {
    /** /mockinterview: a few questions of one type. */
    PRACTICE,
    /** /question: one question with feedback. */
    SINGLE,
    /** /mockinterview loop: screens, writing, on-site loop and debrief. */
    LOOP,
    /** /mockinterview writing: one long written answer. */
    WRITING
}
