package dev.loopcoach.core.lp;

import java.util.List;

/** Our own explanation of one principle: what it means, what interviewers listen for, red flags, deep dives. */
public record PrincipleGuide(
        LeadershipPrinciple lp,
        String meaning,
        List<String> listenFor,
        List<String> redFlags,
        List<String> deepDives,
        List<String> keywords) {

    public PrincipleGuide {
        listenFor = List.copyOf(listenFor);
        redFlags = List.copyOf(redFlags);
        deepDives = List.copyOf(deepDives);
        keywords = List.copyOf(keywords);
    }
}
