package dev.loopcoach.core.selection;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Optional;
import java.util.Set;

/**
 * What to pick: filters, how many, and ids to avoid beyond the user's history (e.g. already in this plan).
 */
public record SelectionRequest(
        Optional<Category> category,
        Level level,
        Optional<LeadershipPrinciple> lp,
        int count,
        Set<QuestionId> exclude) {

    public SelectionRequest {
        exclude = Set.copyOf(exclude);
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }
}
