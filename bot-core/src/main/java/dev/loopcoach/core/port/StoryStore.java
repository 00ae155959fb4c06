package dev.loopcoach.core.port;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.story.Story;
import java.time.Instant;
import java.util.List;

public interface StoryStore {
    Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at);

    List<Story> list(UserKey user);

    /** The drill state of each story x principle card drilled so far, keyed by {@link DrillCard#key}. */
    java.util.Map<String, dev.loopcoach.core.story.DrillState> drills(UserKey user);

    /** Records a card's new state after a drill. */
    void saveDrill(UserKey user, long storyId, LeadershipPrinciple lp, dev.loopcoach.core.story.DrillState state);
}
