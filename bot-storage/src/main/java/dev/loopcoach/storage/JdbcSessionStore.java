package dev.loopcoach.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.SessionStore;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions as JSON documents with a version for optimistic locking, and a bounded Caffeine cache of parsed
 * sessions in front.
 *
 * <p>How the cache stays correct when several processes share the database:
 * <ul>
 *   <li>Writes never trust the cache: {@code update} is {@code ... WHERE id = ? AND version = ?}; zero rows means
 *       someone else wrote first, so the cached copy is dropped and {@link ConcurrentUpdateException} is thrown.
 *       A stale cached copy therefore can never cause a lost write.</li>
 *   <li>Every read asks the database for the current version (one indexed primary-key lookup) and sends the
 *       document only when it differs from the cached version ({@code CASE WHEN version = ? THEN NULL ELSE document END}).
 *       So {@code find} and {@code findActive} always see another process's update, while a hot session costs one
 *       tiny round trip and no JSON parsing.</li>
 *   <li>{@code findActive} first finds the id and version of the user's newest active session, then applies the same
 *       check; if the session finished or vanished in between, it looks again.</li>
 * </ul>
 */
final class JdbcSessionStore implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcSessionStore.class);
    private static final String ACTIVE = "active";
    private static final String FINISHED = "finished";

    private final Database db;
    private final SessionJson json;
    private final Clock clock;
    private final Cache<SessionId, StoredSession> hot;

    JdbcSessionStore(Database db, SessionJson json, Clock clock, long maxHotSessions, Duration idleExpiry) {
        this.db = db;
        this.json = json;
        this.clock = clock;
        this.hot = Caffeine.newBuilder().maximumSize(maxHotSessions).expireAfterAccess(idleExpiry).build();
    }

    @Override
    public Optional<StoredSession> findActive(UserKey user) {
        return db.read(c -> {
            for (int attempt = 0; attempt < 3; attempt++) {
                Optional<SessionId> id = newestActiveId(c, user);
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                Optional<StoredSession> current = current(c, id.get());
                if (current.isPresent() && !current.get().session().finished()) {
                    return current;
                }
            }
            LOG.warn("Active session of {} kept changing while being read; reporting none", user);
            return Optional.empty();
        });
    }

    @Override
    public Optional<StoredSession> find(SessionId id) {
        return db.read(c -> current(c, id));
    }

    @Override
    public List<StoredSession> recent(UserKey user, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select s.id, s.version, s.document from sessions s"
                    + " join people p on p.id = s.person_id where p.platform = ? and p.platform_user_id = ?"
                    + " order by s.started_at desc, s.id desc fetch first ? rows only")) {
                ps.setString(1, user.platform());
                ps.setString(2, user.userId());
                ps.setInt(3, limit);
                List<StoredSession> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SessionId id = new SessionId(rs.getString("id"));
                        long version = rs.getLong("version");
                        StoredSession cached = hot.getIfPresent(id);
                        out.add(cached != null && cached.version() == version
                                ? cached : remember(new StoredSession(json.read(id.value(), rs.getString("document")), version)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public StoredSession create(InterviewSession session) {
        String document = json.write(session);
        db.write(c -> {
            long person = Rows.personIdCreating(c, session.user(), clock.now());
            try (PreparedStatement ps = c.prepareStatement("insert into sessions"
                    + " (id, person_id, kind, status, document, version, started_at, updated_at) values (?, ?, ?, ?, ?, 1, ?, ?)")) {
                ps.setString(1, session.id().value());
                ps.setLong(2, person);
                ps.setString(3, session.plan().kind().name());
                ps.setString(4, status(session));
                ps.setString(5, document);
                Rows.setInstant(ps, 6, session.startedAt());
                Rows.setInstant(ps, 7, session.updatedAt());
                return ps.executeUpdate();
            } catch (SQLException e) {
                if (Rows.isUniqueViolation(e)) {
                    throw new IllegalStateException("session " + session.id() + " already exists", e);
                }
                throw e;
            }
        });
        LOG.debug("Created session {} for {}", session.id(), session.user());
        return remember(new StoredSession(session, 1));
    }

    @Override
    public StoredSession update(InterviewSession session, long expectedVersion) {
        return update(session, expectedVersion, session.user(), List.of(), null);
    }

    /** When the practice log shares this database, the session and its practice are written in one transaction. */
    @Override
    public StoredSession update(InterviewSession session, long expectedVersion, UserKey user,
                                List<dev.loopcoach.core.port.PracticeEntry> practiced, dev.loopcoach.core.port.PracticeLog log) {
        boolean together = practiced.isEmpty() || log instanceof JdbcPracticeLog jdbc && jdbc.storesIn(db);
        if (!together) {
            return SessionStore.super.update(session, expectedVersion, user, practiced, log);
        }
        String document = json.write(session);
        int rows = db.write(c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("update sessions set document = ?, kind = ?, status = ?,"
                    + " version = version + 1, updated_at = ? where id = ? and version = ?")) {
                ps.setString(1, document);
                ps.setString(2, session.plan().kind().name());
                ps.setString(3, status(session));
                Rows.setInstant(ps, 4, session.updatedAt());
                ps.setString(5, session.id().value());
                ps.setLong(6, expectedVersion);
                updated = ps.executeUpdate();
            }
            if (updated == 1) {
                for (dev.loopcoach.core.port.PracticeEntry entry : practiced) {
                    ((JdbcPracticeLog) log).insert(c, user, entry);
                }
            }
            return updated;
        });
        if (rows == 0) {
            hot.invalidate(session.id());
            LOG.debug("Session {} of {} was changed elsewhere; version {} is stale", session.id(), session.user(), expectedVersion);
            throw new ConcurrentUpdateException("session " + session.id() + " changed since version " + expectedVersion
                    + " was read (or was deleted)");
        }
        return remember(new StoredSession(session, expectedVersion + 1));
    }

    /** Drops every cached session of the user (after their data was deleted). */
    void forget(UserKey user) {
        hot.asMap().values().removeIf(s -> s.session().user().equals(user));
    }

    private Optional<SessionId> newestActiveId(Connection c, UserKey user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select s.id from sessions s join people p on p.id = s.person_id"
                + " where p.platform = ? and p.platform_user_id = ? and s.status = '" + ACTIVE + "'"
                + " order by s.updated_at desc, s.id desc fetch first 1 rows only")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SessionId(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** The stored session, from the cache when its version is still the database's. */
    private Optional<StoredSession> current(Connection c, SessionId id) throws SQLException {
        StoredSession cached = hot.getIfPresent(id);
        try (PreparedStatement ps = c.prepareStatement(
                "select version, case when version = ? then null else document end as document from sessions where id = ?")) {
            ps.setLong(1, cached == null ? 0 : cached.version());
            ps.setString(2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    hot.invalidate(id);
                    return Optional.empty();
                }
                long version = rs.getLong("version");
                String document = rs.getString("document");
                if (document == null && cached != null && cached.version() == version) {
                    return Optional.of(cached);
                }
                return Optional.of(remember(new StoredSession(json.read(id.value(), document), version)));
            }
        }
    }

    /** Caches a session unless a newer version is already cached (threads may finish out of order). */
    private StoredSession remember(StoredSession stored) {
        hot.asMap().merge(stored.session().id(), stored, (old, neu) -> neu.version() >= old.version() ? neu : old);
        return stored;
    }

    private static String status(InterviewSession session) {
        return session.finished() ? FINISHED : ACTIVE;
    }
}
