package dev.loopcoach.core.story;

import dev.loopcoach.core.lp.LeadershipPrinciple;

/**
 * One of the candidate's stories for one of its principles, with where it stands. Cards alternate between recall
 * ("which of your stories fits this question?") and delivery ("tell it for this principle in 90 seconds").
 */
public record DrillCard(Story story, LeadershipPrinciple lp, DrillState state) {

    public enum Kind { RECALL, DELIVERY }

    public static String key(long storyId, LeadershipPrinciple lp) {
        return storyId + ":" + lp.slug();
    }

    public String key() {
        return key(story.id(), lp);
    }

    /** Recall on the even steps (first one included), delivery on the odd ones. */
    public Kind kind() {
        return state.step() % 2 == 0 ? Kind.RECALL : Kind.DELIVERY;
    }
}
