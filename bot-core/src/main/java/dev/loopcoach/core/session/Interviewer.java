package dev.loopcoach.core.session;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/** Who asks a round's questions. In a loop each interviewer owns a few principles; one is the Bar Raiser. */
public record Interviewer(String name, String role, List<LeadershipPrinciple> lps, boolean barRaiser) {
    public Interviewer {
        lps = List.copyOf(lps);
    }

    public static Interviewer coach() {
        return new Interviewer("Loop Coach", "Mock interviewer", List.of(), false);
    }
}
