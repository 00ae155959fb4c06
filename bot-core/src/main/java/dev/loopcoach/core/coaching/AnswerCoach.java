package dev.loopcoach.core.coaching;

import dev.loopcoach.core.bank.Question;
import java.util.Collection;

/**
 * Analyses an answer to a question and decides what a Bar Raiser would say and ask next.
 * {@code alreadyAsked} holds follow-up texts asked before in this question, never repeated.
 */
public interface AnswerCoach {
    Coaching coach(Question question, String answer, Collection<String> alreadyAsked);

    /** Feedback on an answer to a follow-up probe: {@code probe} is the follow-up text. */
    Coaching coachFollowUp(Question question, String probe, String answer, Collection<String> alreadyAsked);
}
