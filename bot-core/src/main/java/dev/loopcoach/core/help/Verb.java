package dev.loopcoach.core.help;

/**
 * What a person can ask Loop Coach to do, independent of how a surface spells it (a console command, a Discord
 * subcommand or button, a Slack /coach subcommand). Help lists the verbs a surface offers, in its own spelling.
 */
public enum Verb {
    MOCK_INTERVIEW("a mock interview with follow-ups and feedback; timed gives each answer a two-minute target and says how long it took"),
    LOOP("the whole process, screens to debrief"),
    WRITING("the written exercise: write the memo in parts, then hand it in"),
    QUESTION("one question"),
    QUESTION_BY_ID("that question again; every question shows its id (such as mx-01), and so does the interview summary"),
    WHILE_ANSWERING("a hint, a skip or the end while answering; resume an interview later"),
    HAND_IN("hands in a memo written in parts"),
    LP("a Leadership Principle explained, with sample questions"),
    HANDBOOK("the interview process, what each level expects, the STAR method, tips"),
    PROGRESS("where you stand on each principle"),
    HISTORY("every attempt at a question with its vote, and what changed between the last two"),
    DRILL("drills of your own stories on spaced days: which story fits a question, and each story told in 90 seconds"),
    PLAN("a day-by-day prep plan to your interview date (today's step, a calendar file, or off)"),
    STORIES("your story bank and the principles it covers"),
    STORY_ADD("adds a story to your bank"),
    STORY_SAVE("saves your last answer as a story"),
    STORY_BULLETS("turns resume bullets into STAR drafts in your story bank, flagging missing numbers and \"we\""),
    VERDICTS("whether the verdict on your answers under daily questions comes to you privately or in the thread"),
    SHARE("lets this community's coaches see your practice (never your answers' text), or stops it at once"),
    GUESSING("how your guesses of the Bar Raiser's vote under daily answers compared so far (your calibration)"),
    BOARD("the community's opt-in practice board: join it, leave it, or see who practised (days and streaks only)"),
    TIME_ZONE("sets the time zone your days are counted in (streaks, last practised)"),
    EXPORT("downloads everything stored about you"),
    DELETE("deletes everything stored about you (asks first)");

    private final String description;

    Verb(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
