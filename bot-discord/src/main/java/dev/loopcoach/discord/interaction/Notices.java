package dev.loopcoach.discord.interaction;

/** Short friendly messages the adapter itself sends (everything else comes from the core). */
public final class Notices {
    public static final String STALE = "This button has expired or belongs to an earlier step. "
            + "Use /coach resume to continue your interview, or /mockinterview to start a new one.";
    public static final String FOREIGN = "This button belongs to someone else's practice session. "
            + "Start your own with /mockinterview.";
    public static final String KEPT = "Nothing was deleted. Your practice history and stories are still here.";
    public static final String EMPTY_ANSWER = "Your answer was empty. Press Answer and type your answer "
            + "(a STAR story works best: situation, task, action, result).";
    public static final String STALE_FORM = "This interview moved on since you opened the answer box, so your "
            + "answer was not submitted. Here it is so nothing is lost; use /coach resume to see where you are.";
    public static final String EMPTY_STORY = "A story needs both a title and some text. Here is what you typed, "
            + "so you can copy it back into /coach story-add.";

    private Notices() {
    }

    public static String tooLong(int length, int max) {
        return String.format("Your answer is %,d characters; the limit is %,d. It is attached as a file so nothing "
                + "is lost: shorten it and press Answer again.", length, max);
    }

    public static String slowDown(long seconds) {
        return "You're going a bit fast. Please wait " + seconds + (seconds == 1 ? " second" : " seconds") + " and try again.";
    }
}
