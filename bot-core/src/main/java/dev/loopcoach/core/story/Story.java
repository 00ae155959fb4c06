package dev.loopcoach.core.story;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.List;

/** A story from the candidate's career, kept to reuse across principles (the "story matrix"). */
public record Story(long id, String title, String text, List<LeadershipPrinciple> lps, Instant createdAt) {
    public Story {
        lps = List.copyOf(lps);
    }
}
