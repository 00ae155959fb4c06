package dev.loopcoach.app;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * The answer coach, built when the first answer is judged rather than before a bot may take requests: its analysis
 * tables take a second or more of CPU to build, and nothing before the first answer needs them (a platform is
 * acknowledged first, the answer judged after).
 */
record LazyAnswerCoach(Supplier<? extends AnswerCoach> coach) implements AnswerCoach {
    @Override
    public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
        return coach.get().coach(question, answer, alreadyAsked);
    }

    @Override
    public Coaching coach(Question question, Level level, String answer, Collection<String> alreadyAsked) {
        return coach.get().coach(question, level, answer, alreadyAsked);
    }

    @Override
    public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String reply,
            Collection<String> alreadyAsked) {
        return coach.get().coachFollowUp(question, probe, story, reply, alreadyAsked);
    }
}
