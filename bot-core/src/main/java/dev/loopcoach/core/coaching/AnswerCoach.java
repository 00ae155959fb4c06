package dev.loopcoach.core.coaching;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import java.util.Collection;

/**
 * Judges answers the way a Bar Raiser would, each by the rubric of its question's type, and decides what to ask
 * next. {@code alreadyAsked} holds follow-up texts asked before on this question, never repeated.
 */
public interface AnswerCoach {
    Coaching coach(Question question, String answer, Collection<String> alreadyAsked);

    /**
     * Like {@link #coach(Question, String, Collection)}, judged at the level the candidate is interviewing for (a story
     * below that level's scope loses a step); a coach that does not calibrate by level ignores it.
     */
    default Coaching coach(Question question, Level level, String answer, Collection<String> alreadyAsked) {
        return coach(question, answer, alreadyAsked);
    }

    /**
     * Feedback on a reply to a follow-up probe, judged against the probe's intent and the story it follows.
     *
     * @param story the main answer the probe followed, or "" when it is not known (then only an explicit move to
     *        another story is caught)
     */
    Coaching coachFollowUp(Question question, AskedProbe probe, String story, String reply, Collection<String> alreadyAsked);
}
