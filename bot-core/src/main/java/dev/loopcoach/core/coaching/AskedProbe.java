package dev.loopcoach.core.coaching;

import java.util.Objects;

/** A probe that was put to the candidate: its words and the intent decided when it was chosen. */
public record AskedProbe(String text, ProbeIntent intent) {
    public AskedProbe {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
    }
}
