package dev.loopcoach.core.port;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One practised question in a user's history: what was asked, the votes per principle and overall
 * (empty when skipped). Progress, streaks and adaptive selection are computed from these.
 */
public record PracticeEntry(
        QuestionId questionId,
        Category category,
        List<LeadershipPrinciple> targeted,
        Map<LeadershipPrinciple, Vote> votes,
        Optional<Vote> overall,
        Instant at) {

    public PracticeEntry {
        targeted = List.copyOf(targeted);
        votes = Map.copyOf(votes);
    }

    public boolean skipped() {
        return overall.isEmpty();
    }
}
