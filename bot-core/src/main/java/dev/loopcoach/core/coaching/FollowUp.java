package dev.loopcoach.core.coaching;

/** A probing question to ask next, with the policy that chose it and why, so the coach can explain itself. */
public record FollowUp(String text, String reason, String policy) {
}
