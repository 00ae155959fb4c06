package dev.loopcoach.core.daily;

/**
 * Which daily slot a post fills. Each (channel, local date, kind) is claimed at most once: one scheduled
 * post and at most one extra ("post now") post per channel and local day.
 */
public enum PostKind {
    /** The day's scheduled question (also when an admin asked for it early with "now"). */
    SCHEDULED,
    /** An extra question asked for with "now" after the day's scheduled one. */
    EXTRA
}
