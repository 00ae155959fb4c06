package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.QuestionId;
import java.util.List;

/**
 * One interview in a session: an interviewer, the questions they will ask (chosen up front so a restart
 * asks the same ones), how many follow-ups each question may get, and the time box in minutes.
 */
public record Round(String name, Interviewer interviewer, List<QuestionId> questions, int maxFollowUps, int timeBoxMinutes) {
    public Round {
        questions = List.copyOf(questions);
        if (maxFollowUps < 0 || maxFollowUps > 3) {
            throw new IllegalArgumentException("a question gets 0 to 3 follow-ups");
        }
    }
}
