package dev.loopcoach.core.bank;

/**
 * Size limits for bank text, derived from the smallest place a platform renders it:
 * a Discord embed field value holds 1,024 characters, so a question or follow-up never exceeds 1,000
 * (room for a prefix); a tip shares a field with its label.
 */
public final class TextLimits {
    public static final int QUESTION_TEXT_MAX = 1000;
    public static final int FOLLOW_UP_MAX = 1000;
    public static final int TIP_MAX = 900;
    /** Discord custom ids and our own state keys are bounded; ids stay short. */
    public static final int ID_MAX = 40;

    private TextLimits() {
    }
}
