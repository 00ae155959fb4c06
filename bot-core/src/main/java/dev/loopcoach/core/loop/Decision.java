package dev.loopcoach.core.loop;

/**
 * The debrief's outcome. {@code vetoed} is true when the on-site votes would have hired but the Bar Raiser did not
 * vote to hire; {@code reason} says in one sentence what decided it.
 */
public record Decision(boolean hire, int hireVotes, int onsiteInterviews, int needed, boolean vetoed, String reason) {
}
