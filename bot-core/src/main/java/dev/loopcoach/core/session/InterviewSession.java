package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.port.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An interview: its plan, where it is, and the whole transcript so far. Immutable; transitions make a new one. */
public record InterviewSession(
        SessionId id,
        UserKey user,
        SessionPlan plan,
        SessionState state,
        List<Turn> transcript,
        Instant startedAt,
        Instant updatedAt) {

    public InterviewSession {
        transcript = List.copyOf(transcript);
    }

    public boolean finished() {
        return state instanceof SessionState.Finished;
    }

    public InterviewSession with(SessionState next, Instant now) {
        return new InterviewSession(id, user, plan, next, transcript, startedAt, now);
    }

    public InterviewSession withTurn(Turn turn, SessionState next, Instant now) {
        List<Turn> all = new ArrayList<>(transcript);
        all.add(turn);
        return new InterviewSession(id, user, plan, next, all, startedAt, now);
    }

    public Round round(Position p) {
        return plan.rounds().get(p.round());
    }

    public QuestionId questionAt(Position p) {
        return round(p).questions().get(p.question());
    }

    /** The position after {@code p}, or null when {@code p} was the last question of the plan. */
    public Position after(Position p) {
        Round r = round(p);
        if (p.question() + 1 < r.questions().size()) {
            return new Position(p.round(), p.question() + 1);
        }
        if (p.round() + 1 < plan.rounds().size()) {
            return new Position(p.round() + 1, 0);
        }
        return null;
    }

    /** 1-based number of the question at {@code p} across the whole plan. */
    public int ordinal(Position p) {
        int n = 0;
        for (int i = 0; i < p.round(); i++) {
            n += plan.rounds().get(i).questions().size();
        }
        return n + p.question() + 1;
    }
}
