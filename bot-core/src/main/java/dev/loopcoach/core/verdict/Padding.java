package dev.loopcoach.core.verdict;

/**
 * What was set aside before a story was judged (rubric section 4, substance over surface).
 *
 * @param words words of the answer as given
 * @param repeated sentences that said again what came before
 * @param backgroundWords words of context before the first task, step or result
 * @param storyWords words of the answer without its repeats and its closing remarks
 * @param coreWords words of the core the story was judged on
 * @param trimmed whether the judged text differs from the answer as given
 */
public record Padding(int words, int repeated, int backgroundWords, int storyWords, int coreWords, boolean trimmed) {
    /** Below this an answer is too short for its share of background to mean much. */
    private static final int MOSTLY_BACKGROUND_MIN_WORDS = 120;

    public static Padding none(int words) {
        return new Padding(words, 0, 0, words, words, false);
    }

    /** Most of the answer (over three fifths) is context told before the first step the speaker took. */
    public boolean mostlyBackground() {
        return storyWords >= MOSTLY_BACKGROUND_MIN_WORDS && backgroundWords * 5 > storyWords * 3;
    }
}
