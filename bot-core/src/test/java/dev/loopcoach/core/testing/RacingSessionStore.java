package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A session store in front of another one that lets a test run a second process's write between this process's read
 * and its write, the way two machines on one database can race. Everything else is passed straight through.
 */
public final class RacingSessionStore implements SessionStore {
    private final SessionStore inner;
    private final Deque<Runnable> beforeNextUpdates = new ArrayDeque<>();
    private Runnable beforeEveryUpdate = () -> { };
    private int updateAttempts;

    public RacingSessionStore(SessionStore inner) {
        this.inner = inner;
    }

    /** Runs {@code race} just before the next update reaches the store (once). */
    public void beforeNextUpdate(Runnable race) {
        beforeNextUpdates.add(race);
    }

    /** Runs {@code race} before every update from now on. */
    public void beforeEveryUpdate(Runnable race) {
        beforeEveryUpdate = race;
    }

    public int updateAttempts() {
        return updateAttempts;
    }

    @Override
    public Optional<StoredSession> findActive(UserKey user) {
        return inner.findActive(user);
    }

    @Override
    public Optional<StoredSession> find(SessionId id) {
        return inner.find(id);
    }

    @Override
    public List<StoredSession> recent(UserKey user, int limit) {
        return inner.recent(user, limit);
    }

    @Override
    public StoredSession create(InterviewSession session) {
        return inner.create(session);
    }

    @Override
    public StoredSession update(InterviewSession session, long expectedVersion) {
        updateAttempts++;
        Runnable once = beforeNextUpdates.poll();
        if (once != null) {
            once.run();
        }
        beforeEveryUpdate.run();
        return inner.update(session, expectedVersion);
    }
}
