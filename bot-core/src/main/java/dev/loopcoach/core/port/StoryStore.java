package dev.loopcoach.core.port;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.story.Story;
import java.time.Instant;
import java.util.List;

public interface StoryStore {
    Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at);

    List<Story> list(UserKey user);
}
