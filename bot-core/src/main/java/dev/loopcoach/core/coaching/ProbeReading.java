package dev.loopcoach.core.coaching;

import java.util.List;

/**
 * How a reply to a probe reads: whether it answers what the probe asked (its intent, about the same story), the
 * vote, the one-line reason, the quotes behind it and a tip.
 */
public record ProbeReading(AskedProbe probe, boolean answersProbe, Vote vote, String reason, List<String> evidence, String tip) {
    public ProbeReading {
        evidence = List.copyOf(evidence);
    }
}
