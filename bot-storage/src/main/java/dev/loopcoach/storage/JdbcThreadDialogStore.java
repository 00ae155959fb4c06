package dev.loopcoach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.ThreadDialogStore;
import dev.loopcoach.core.port.UserKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import dev.loopcoach.core.coaching.ProbeIntent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

/**
 * Thread dialogues keyed by post and person. The person row is the same one the other stores use, so erasing a
 * person removes their dialogues too (and {@link #deleteAll} does it explicitly).
 */
final class JdbcThreadDialogStore implements ThreadDialogStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> SLUGS = new TypeReference<>() { };
    private static final String SELECT = "select d.post_id, p.platform, p.platform_user_id, d.coached, d.nudged, d.pending_follow_up,"
            + " d.asked, d.queued, d.handled, d.probe_intents, d.version, d.updated_at from thread_dialogs d join people p on p.id = d.person_id";

    private final Database db;
    private final Clock clock;

    JdbcThreadDialogStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<ThreadDialog> find(long postId, UserKey user) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " where d.post_id = ? and p.platform = ? and p.platform_user_id = ?")) {
                ps.setLong(1, postId);
                ps.setString(2, user.platform());
                ps.setString(3, user.userId());
                return list(ps).stream().findFirst();
            }
        });
    }

    @Override
    public ThreadDialog save(ThreadDialog d) {
        long next = d.version() + 1;
        boolean saved = db.write(c -> {
            long person = Rows.personIdCreating(c, d.user(), clock.now());
            String sql = d.version() == 0
                    ? "insert into thread_dialogs (coached, nudged, pending_follow_up, asked, queued, handled, probe_intents, version,"
                            + " updated_at, post_id, person_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing"
                    : "update thread_dialogs set coached = ?, nudged = ?, pending_follow_up = ?, asked = ?, queued = ?, handled = ?,"
                            + " probe_intents = ?, version = ?, updated_at = ? where post_id = ? and person_id = ? and version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, d.coached());
                ps.setBoolean(2, d.nudged());
                ps.setString(3, d.pendingFollowUp().orElse(null));
                ps.setString(4, json(d.asked()));
                ps.setString(5, json(d.queued()));
                ps.setString(6, json(d.handled()));
                ps.setString(7, intentsJson(d.intents()));
                ps.setLong(8, next);
                Rows.setInstant(ps, 9, d.updatedAt());
                ps.setLong(10, d.postId());
                ps.setLong(11, person);
                if (d.version() > 0) {
                    ps.setLong(12, d.version());
                }
                return ps.executeUpdate() == 1;
            }
        });
        if (!saved) {
            throw new ConcurrentUpdateException("thread dialog of " + d.user() + " on post " + d.postId()
                    + " is no longer at version " + d.version());
        }
        return new ThreadDialog(d.postId(), d.user(), d.coached(), d.nudged(), d.pendingFollowUp(), d.asked(), d.queued(),
                d.handled(), d.intents(), Rows.micros(d.updatedAt()), next);
    }

    @Override
    public List<ThreadDialog> ofUser(UserKey user) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " where p.platform = ? and p.platform_user_id = ?"
                    + " order by d.updated_at, d.post_id")) {
                ps.setString(1, user.platform());
                ps.setString(2, user.userId());
                return list(ps);
            }
        });
    }

    @Override
    public int deleteAll(UserKey user) {
        return db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            if (person.isEmpty()) {
                return 0;
            }
            return Rows.update(c, "delete from thread_dialogs where person_id = ?", person.get());
        });
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of strings as JSON", e);
        }
    }

    private static String intentsJson(Map<String, ProbeIntent> intents) {
        Map<String, String> slugs = new TreeMap<>();
        intents.forEach((probe, intent) -> slugs.put(probe, intent.slug()));
        try {
            return JSON.writeValueAsString(slugs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write probe intents as JSON", e);
        }
    }

    /** Probe text to intent; an unknown slug (written by a newer version) is left out, so its wording decides. */
    static Map<String, ProbeIntent> intents(String json) throws SQLException {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, String> slugs = JSON.readValue(json, SLUGS);
            Map<String, ProbeIntent> out = new HashMap<>();
            slugs.forEach((probe, slug) -> ProbeIntent.parse(slug).ifPresent(i -> out.put(probe, i)));
            return out;
        } catch (JsonProcessingException e) {
            throw new SQLException("thread dialog holds unreadable probe intents: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("thread dialog holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<ThreadDialog> list(PreparedStatement ps) throws SQLException {
        List<ThreadDialog> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ThreadDialog(
                        rs.getLong("post_id"),
                        new UserKey(rs.getString("platform"), rs.getString("platform_user_id")),
                        rs.getInt("coached"),
                        rs.getBoolean("nudged"),
                        Optional.ofNullable(rs.getString("pending_follow_up")),
                        strings(rs.getString("asked")),
                        rs.getString("queued") == null ? List.of() : strings(rs.getString("queued")),
                        strings(rs.getString("handled")),
                        intents(rs.getString("probe_intents")),
                        Rows.getInstant(rs, "updated_at"),
                        rs.getLong("version")));
            }
        }
        return out;
    }
}
