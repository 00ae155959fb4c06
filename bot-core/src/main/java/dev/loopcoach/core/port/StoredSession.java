package dev.loopcoach.core.port;

import dev.loopcoach.core.session.InterviewSession;

/** A session as stored, with the version used for optimistic concurrency. */
public record StoredSession(InterviewSession session, long version) {
}
