package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.QuestionId;
import java.util.List;

/**
 * One interview in a session: an interviewer, the questions they will ask (chosen up front so a restart
 * asks the same ones) with why each was chosen, how many follow-ups each question may get, and the time box.
 */
public record Round(String name, Interviewer interviewer, List<QuestionId> questions, List<String> reasons,
                    int maxFollowUps, int timeBoxMinutes) {
    public Round {
        questions = List.copyOf(questions);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (maxFollowUps < 0 || maxFollowUps > 3) {
            throw new IllegalArgumentException("a question gets 0 to 3 follow-ups");
        }
    }

    public Round(String name, Interviewer interviewer, List<QuestionId> questions, int maxFollowUps, int timeBoxMinutes) {
        this(name, interviewer, questions, List.of(), maxFollowUps, timeBoxMinutes);
    }

    /** Why the question at {@code index} was chosen, or empty. */
    public String reason(int index) {
        return index < reasons.size() ? reasons.get(index) : "";
    }
}
