package dev.loopcoach.core.coaching;

import java.util.Objects;

/**
 * A probing question to ask next, with the policy that chose it, why, and what it asks for, so the coach can
 * explain itself and judge the reply against the same intent.
 */
public record FollowUp(String text, String reason, String policy, ProbeIntent intent) {
    public FollowUp {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        reason = reason == null ? "" : reason;
        policy = policy == null ? "" : policy;
    }

    public AskedProbe asked() {
        return new AskedProbe(text, intent);
    }
}
