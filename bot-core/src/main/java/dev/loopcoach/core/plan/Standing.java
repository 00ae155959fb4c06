package dev.loopcoach.core.plan;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;
import java.util.Map;

/**
 * Where a candidate stands when a plan is built.
 *
 * @param averages the mean vote per practised principle (1 Strongly Not Inclined .. 4 Strongly Inclined)
 * @param stories how many saved stories show each principle
 * @param mostProbed the principles the question bank asks most about at the plan's level, most first
 * @param writingDone whether a written exercise was handed in since the plan started
 * @param loopDone whether a full mock loop was finished since the plan started
 */
public record Standing(Map<LeadershipPrinciple, Double> averages, Map<LeadershipPrinciple, Integer> stories,
        List<LeadershipPrinciple> mostProbed, boolean writingDone, boolean loopDone,
        java.util.Optional<LeadershipPrinciple> weekFocus) {

    /** Without a principle of the week. */
    public Standing(Map<LeadershipPrinciple, Double> averages, Map<LeadershipPrinciple, Integer> stories,
            List<LeadershipPrinciple> mostProbed, boolean writingDone, boolean loopDone) {
        this(averages, stories, mostProbed, writingDone, loopDone, java.util.Optional.empty());
    }

    public Standing {
        java.util.Objects.requireNonNull(weekFocus, "weekFocus");
        averages = Map.copyOf(averages);
        stories = Map.copyOf(stories);
        mostProbed = List.copyOf(mostProbed);
    }

    public int storiesFor(LeadershipPrinciple lp) {
        return stories.getOrDefault(lp, 0);
    }
}
