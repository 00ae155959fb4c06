package dev.loopcoach.core.daily;

/** Where a claimed post stands. */
public enum PostStatus {
    /** Recorded before sending; stays so if the process died while sending (never sent twice). */
    CLAIMED,
    /** Sent; the platform message reference is known. */
    POSTED,
    /** The platform refused or the send failed; the reason is kept. */
    FAILED
}
