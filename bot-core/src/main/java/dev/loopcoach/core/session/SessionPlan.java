package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Optional;

/**
 * What a session was started with and the rounds it will run, fixed at the start. {@code timed}: each spoken answer
 * has a two-minute target ({@link AnswerTimer}), shown as a deadline with the question and as the time taken in the
 * feedback.
 */
public record SessionPlan(
        SessionKind kind,
        Optional<Category> category,
        Level level,
        Optional<LeadershipPrinciple> focus,
        List<Round> rounds,
        boolean timed) {

    public SessionPlan(SessionKind kind, Optional<Category> category, Level level, Optional<LeadershipPrinciple> focus,
                       List<Round> rounds) {
        this(kind, category, level, focus, rounds, false);
    }

    public SessionPlan {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty() || rounds.stream().anyMatch(r -> r.questions().isEmpty())) {
            throw new IllegalArgumentException("a plan needs at least one round with questions");
        }
    }

    public int totalQuestions() {
        return rounds.stream().mapToInt(r -> r.questions().size()).sum();
    }
}
