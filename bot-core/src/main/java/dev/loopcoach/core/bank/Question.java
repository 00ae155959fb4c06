package dev.loopcoach.core.bank;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One interview question. {@code lps} lists the targeted principles, primary first (may be empty
 * for non-behavioral questions). {@code followUps} are probes specific to this question; {@code tips}
 * are hints a candidate can ask for.
 */
public record Question(
        QuestionId id,
        String text,
        Category category,
        List<LeadershipPrinciple> lps,
        Set<Level> levels,
        Difficulty difficulty,
        List<String> followUps,
        List<String> tips) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(difficulty, "difficulty");
        lps = List.copyOf(lps);
        levels = Set.copyOf(levels);
        followUps = List.copyOf(followUps);
        tips = List.copyOf(tips);
    }

    public boolean targets(LeadershipPrinciple lp) {
        return lps.contains(lp);
    }

    public java.util.Optional<LeadershipPrinciple> primaryLp() {
        return lps.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(lps.get(0));
    }

    public boolean fits(Level level) {
        return levels.isEmpty() || levels.contains(level);
    }
}
