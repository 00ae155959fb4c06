package dev.loopcoach.core.port;

import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import java.util.List;
import java.util.Optional;

/** Interview sessions with their transcripts. Writes are versioned so two processes never overwrite each other. */
public interface SessionStore {

    /** The user's unfinished session, if any (the most recently updated one). */
    Optional<StoredSession> findActive(UserKey user);

    Optional<StoredSession> find(SessionId id);

    /** Recent sessions of a user, newest first, finished or not. */
    List<StoredSession> recent(UserKey user, int limit);

    /** Stores a new session at version 1. */
    StoredSession create(InterviewSession session);

    /**
     * Replaces the session only if the stored version is still {@code expectedVersion}; returns the new version.
     * @throws ConcurrentUpdateException when another writer got there first
     */
    StoredSession update(InterviewSession session, long expectedVersion);

    /**
     * Like {@link #update}, and records in {@code log} the practice this change produced. A store that keeps both in
     * one database does it in one transaction (so a conflicting update records nothing, and an answer costs one commit);
     * this default records right after a successful update.
     * @throws ConcurrentUpdateException when another writer got there first (nothing is recorded then)
     */
    default StoredSession update(InterviewSession session, long expectedVersion, UserKey user, List<PracticeEntry> practiced,
                                 PracticeLog log) {
        StoredSession stored = update(session, expectedVersion);
        practiced.forEach(entry -> log.record(user, entry));
        return stored;
    }
}
