package dev.loopcoach.storage;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PrivacyStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.story.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export and erasure of everything stored about one person. The export is plain maps and lists
 * (any JSON writer takes it); deletion runs in one transaction, children first.
 */
final class JdbcPrivacyStore implements PrivacyStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPrivacyStore.class);

    private final Database db;
    private final SessionJson json;
    private final JdbcSessionStore sessions;
    /** Brings letters still in the inbox journal into table inbox, so a delete reaches them too. */
    private final Runnable settleInbox;

    JdbcPrivacyStore(Database db, SessionJson json, JdbcSessionStore sessions, Runnable settleInbox) {
        this.db = db;
        this.json = json;
        this.sessions = sessions;
        this.settleInbox = settleInbox;
    }

    @Override
    public Map<String, Object> export(UserKey user) {
        return db.read(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            Optional<Map<String, Object>> person = person(c, user);
            if (person.isEmpty()) {
                out.put("person", null);
                out.put("sessions", List.of());
                out.put("practice", List.of());
                out.put("stories", List.of());
                out.put("storyDrills", List.of());
                out.put("prefs", null);
                out.put("threadDialogs", List.of());
                out.put("practiceBoards", List.of());
                out.put("coachConsents", List.of());
                out.put("guesses", JdbcGuessStore.load(c, user));
                out.put("peerMocks", JdbcPeerMockStore.load(c, user));
                return out;
            }
            long id = (Long) person.get().remove("id");
            out.put("person", person.get());
            out.put("sessions", sessions(c, id));
            out.put("practice", JdbcPracticeLog.load(c, id).stream().map(JdbcPrivacyStore::practiceMap).toList());
            out.put("stories", JdbcStoryStore.load(c, id).stream().map(JdbcPrivacyStore::storyMap).toList());
            out.put("storyDrills", drillMaps(JdbcStoryStore.loadDrills(c, id)));
            Optional<UserPrefs> prefs = JdbcUserPrefsStore.load(c, id);
            out.put("prefs", prefs.<Object>map(p -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("threadCoachingMuted", p.threadCoachingMuted());
                m.put("threadCoachingSnoozedUntil", p.snoozedUntil().map(Object::toString).orElse(null));
                m.put("timeZone", p.zone().map(Object::toString).orElse(null));
                m.put("prepPlan", p.plan().<Object>map(dev.loopcoach.core.plan.PlanRequest::exported).orElse(null));
                m.put("privateVerdicts", p.privateVerdicts());
                return m;
            }).orElse(null));
            out.put("threadDialogs", threadDialogs(c, id));
            out.put("guesses", JdbcGuessStore.load(c, user));
            out.put("peerMocks", JdbcPeerMockStore.load(c, user));
            out.put("practiceBoards", JdbcPracticeBoardStore.load(c, user).stream().map(JdbcPrivacyStore::boardMap).toList());
            out.put("coachConsents", JdbcPracticeBoardStore.loadConsents(c, user).stream().map(JdbcPrivacyStore::boardMap)
                    .toList());
            return out;
        });
    }

    @Override
    public int deleteAll(UserKey user) {
        settleInbox.run();
        int deleted = db.write(c -> {
            // Unfinished letters are the person's words too: closed and emptied, so none is replayed after the delete.
            Rows.update(c, "update inbox set body = null, done_at = coalesce(done_at, taken_at)"
                    + " where user_platform = ? and user_id = ?", user.platform(), user.userId());
            int guesses = JdbcGuessStore.delete(c, user) + JdbcPeerMockStore.delete(c, user);
            Optional<Long> person = Rows.personId(c, user);
            if (person.isEmpty()) {
                return guesses;
            }
            long id = person.get();
            String ofEntries = " where entry_id in (select id from practice_entries where person_id = ?)";
            Rows.update(c, "delete from practice_votes" + ofEntries, id);
            Rows.update(c, "delete from practice_targets" + ofEntries, id);
            int count = Rows.update(c, "delete from practice_entries where person_id = ?", id);
            Rows.update(c, "delete from story_lps where story_id in (select id from stories where person_id = ?)", id);
            count += Rows.update(c, "delete from stories where person_id = ?", id);
            count += Rows.update(c, "delete from sessions where person_id = ?", id);
            count += Rows.update(c, "delete from user_prefs where person_id = ?", id);
            count += Rows.update(c, "delete from thread_dialogs where person_id = ?", id);
            count += Rows.update(c, "delete from board_members where person_id = ?", id);
            count += Rows.update(c, "delete from coach_consents where person_id = ?", id);
            count += Rows.update(c, "delete from people where id = ?", id);
            return count;
        });
        sessions.forget(user);
        LOG.info("Deleted all data of {}: {} record(s)", user, deleted);
        return deleted;
    }

    private static Optional<Map<String, Object>> person(Connection c, UserKey user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, platform, platform_user_id, display_name, created_at"
                + " from people where platform = ? and platform_user_id = ?")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("id", rs.getLong("id"));
                person.put("platform", rs.getString("platform"));
                person.put("userId", rs.getString("platform_user_id"));
                person.put("displayName", rs.getString("display_name"));
                person.put("createdAt", text(Rows.getInstant(rs, "created_at")));
                return Optional.of(person);
            }
        }
    }

    private List<Map<String, Object>> sessions(Connection c, long person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id, kind, status, version, started_at, updated_at, document"
                + " from sessions where person_id = ? order by started_at, id")) {
            ps.setLong(1, person);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> session = new LinkedHashMap<>();
                    String id = rs.getString("id");
                    session.put("id", id);
                    session.put("kind", rs.getString("kind"));
                    session.put("status", rs.getString("status"));
                    session.put("version", rs.getLong("version"));
                    session.put("startedAt", text(Rows.getInstant(rs, "started_at")));
                    session.put("updatedAt", text(Rows.getInstant(rs, "updated_at")));
                    session.put("document", json.readAsMap(id, rs.getString("document")));
                    out.add(session);
                }
            }
            return out;
        }
    }

    /** Coaching dialogues in daily-question threads (V2): where, which question, what the coach asked. */
    /** One practice-board membership as exported: where, under which name, since when. */
    static Map<String, Object> boardMap(dev.loopcoach.core.port.PracticeBoardStore.Member m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("platform", m.platform());
        out.put("community", m.community());
        out.put("shownAs", m.displayName());
        out.put("joinedAt", m.joinedAt().toString());
        return out;
    }

    private static List<Map<String, Object>> threadDialogs(Connection c, long person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select p.platform, p.workspace, p.channel, p.local_date, p.question_id,"
                + " d.coached, d.asked, d.updated_at from thread_dialogs d join daily_posts p on p.id = d.post_id"
                + " where d.person_id = ? order by d.updated_at, d.post_id")) {
            ps.setLong(1, person);
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> dialog = new LinkedHashMap<>();
                    dialog.put("channel", rs.getString("platform") + "/" + rs.getString("workspace") + "/" + rs.getString("channel"));
                    dialog.put("date", rs.getObject("local_date", java.time.LocalDate.class).toString());
                    dialog.put("questionId", rs.getString("question_id"));
                    dialog.put("coachedReplies", rs.getInt("coached"));
                    dialog.put("followUpsAsked", JdbcThreadDialogStore.strings(rs.getString("asked")));
                    dialog.put("updatedAt", text(Rows.getInstant(rs, "updated_at")));
                    out.add(dialog);
                }
            }
            return out;
        }
    }

    private static Map<String, Object> practiceMap(PracticeEntry e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("questionId", e.questionId().value());
        map.put("category", Codes.category(e.category()));
        map.put("targeted", e.targeted().stream().map(Codes::lp).toList());
        Map<String, Object> votes = new TreeMap<>();
        e.votes().forEach((lp, vote) -> votes.put(Codes.lp(lp), Codes.vote(vote)));
        map.put("votes", votes);
        map.put("overall", e.overall().map(Codes::vote).orElse(null));
        map.put("at", text(e.at()));
        return map;
    }

    private static Map<String, Object> storyMap(Story story) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", story.id());
        map.put("title", story.title());
        map.put("text", story.text());
        map.put("lps", story.lps().stream().map(LeadershipPrinciple::slug).toList());
        map.put("createdAt", text(story.createdAt()));
        return map;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    static List<Map<String, Object>> drillMaps(Map<String, dev.loopcoach.core.story.DrillState> drills) {
        List<Map<String, Object>> out = new ArrayList<>();
        drills.forEach((card, d) -> out.add(d.exported(card)));
        return out;
    }
}
