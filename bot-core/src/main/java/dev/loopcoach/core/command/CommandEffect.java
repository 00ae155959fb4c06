package dev.loopcoach.core.command;

/**
 * What a command changes, which decides whether it is written to the inbox before the platform is acknowledged, and
 * how a letter left unfinished by a dead process is finished without applying it twice (see
 * {@link dev.loopcoach.core.intake.Intake}).
 */
public enum CommandEffect {
    /** Changes nothing: answered from what is stored; a lost one costs a retry, so it is not kept. */
    READS,
    /** Changes the person's latest session: applied when that session was not touched after the letter arrived. */
    SESSION,
    /** Sets a value (a time zone, a plan, a preference, a deletion): applying it twice is the same as once. */
    SETS,
    /** Adds stories: applied when no story was saved after the letter arrived. */
    ADDS_STORIES,
    /** Grades a drill against the card due now: once graded another card is due, so an unsure replay hands it back. */
    GRADES_DRILL;

    public boolean changesState() {
        return this != READS;
    }

    public static CommandEffect of(CoachCommand c) {
        if (c instanceof CoachCommand.StartInterview || c instanceof CoachCommand.StartLoop
                || c instanceof CoachCommand.StartWriting || c instanceof CoachCommand.OneQuestion
                || c instanceof CoachCommand.SubmitAnswer || c instanceof CoachCommand.FinishDraft
                || c instanceof CoachCommand.Hint || c instanceof CoachCommand.Skip || c instanceof CoachCommand.End) {
            return SESSION;
        }
        if (c instanceof CoachCommand.SetTimeZone) {
            return SETS;
        }
        if (c instanceof CoachCommand.Plan p) {
            return p.text().isBlank() ? READS : SETS;
        }
        if (c instanceof CoachCommand.Verdicts v) {
            return v.choice().isBlank() ? READS : SETS;
        }
        if (c instanceof CoachCommand.DeleteMyData d) {
            return d.confirmed() ? SETS : READS;
        }
        if (c instanceof CoachCommand.AddStory || c instanceof CoachCommand.SaveAnswerAsStory
                || c instanceof CoachCommand.DraftStoriesFromBullets) {
            return ADDS_STORIES;
        }
        if (c instanceof CoachCommand.Drill d) {
            return d.text() == null || d.text().isBlank() ? READS : GRADES_DRILL;
        }
        return READS;
    }
}
