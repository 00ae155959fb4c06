package dev.loopcoach.core.session;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Optional;

/** What a session was started with and the rounds it will run, fixed at the start. */
public record SessionPlan(
        SessionKind kind,
        Optional<Category> category,
        Level level,
        Optional<LeadershipPrinciple> focus,
        List<Round> rounds) {

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
