package dev.loopcoach.core.coaching;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/** The principles a piece of text shows most strongly, best first (used to tag stories and custom text). */
@FunctionalInterface
public interface PrincipleTagger {
    List<LeadershipPrinciple> strongest(String text, int max);
}
