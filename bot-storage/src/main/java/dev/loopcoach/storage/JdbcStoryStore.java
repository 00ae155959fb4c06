package dev.loopcoach.storage;

import dev.loopcoach.core.story.DrillCard;
import dev.loopcoach.core.story.DrillGrade;
import dev.loopcoach.core.story.DrillState;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.story.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stories with their principles (in order) in a child table. */
final class JdbcStoryStore implements StoryStore {
    private final Database db;
    private final Clock clock;

    JdbcStoryStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Story add(UserKey user, String title, String text, List<LeadershipPrinciple> lps, Instant at) {
        long id = db.write(c -> {
            long person = Rows.personIdCreating(c, user, clock.now());
            long storyId;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into stories (person_id, title, body, created_at) values (?, ?, ?, ?)", new String[] {"id"})) {
                ps.setLong(1, person);
                ps.setString(2, title);
                ps.setString(3, text);
                Rows.setInstant(ps, 4, at);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    storyId = keys.getLong(1);
                }
            }
            if (!lps.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("insert into story_lps (story_id, ord, lp) values (?, ?, ?)")) {
                    for (int i = 0; i < lps.size(); i++) {
                        ps.setLong(1, storyId);
                        ps.setInt(2, i);
                        ps.setString(3, Codes.lp(lps.get(i)));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return storyId;
        });
        return new Story(id, title, text, lps, Rows.micros(at));
    }

    @Override
    public List<Story> list(UserKey user) {
        return db.read(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isEmpty() ? List.<Story>of() : load(c, person.get());
        });
    }

    @Override
    public Map<String, DrillState> drills(UserKey user) {
        return db.read(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isEmpty() ? Map.<String, DrillState>of() : loadDrills(c, person.get());
        });
    }

    /** Every drilled card of a person, keyed by {@link DrillCard#key}. */
    static Map<String, DrillState> loadDrills(Connection c, long person) throws SQLException {
        Map<String, DrillState> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select d.story_id, d.lp, d.step, d.due_on, d.last_grade from story_drills d"
                + " join stories s on s.id = d.story_id where s.person_id = ? order by d.story_id, d.lp")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(DrillCard.key(rs.getLong(1), Codes.lp(rs.getString(2))), new DrillState(rs.getInt(3),
                            rs.getObject(4, java.time.LocalDate.class), DrillGrade.valueOf(rs.getString(5))));
                }
            }
        }
        return out;
    }

    @Override
    public void saveDrill(UserKey user, long storyId, LeadershipPrinciple lp, DrillState state) {
        db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            if (person.isEmpty()) {
                return false;
            }
            java.time.OffsetDateTime now = java.time.OffsetDateTime.ofInstant(Rows.micros(clock.now()), java.time.ZoneOffset.UTC);
            // only a card of one of the person's own stories; update first, insert when new, update if another process won
            String update = "update story_drills set step = ?, due_on = ?, last_grade = ?, updated_at = ? where story_id = ? and lp = ?"
                    + " and story_id in (select id from stories where person_id = ?)";
            Object[] values = {state.step(), state.dueOn(), state.lastGrade().name(), now, storyId, Codes.lp(lp), person.get()};
            return Rows.update(c, update, values) == 1
                    || Rows.update(c, "insert into story_drills (story_id, lp, step, due_on, last_grade, updated_at)"
                    + " select s.id, ?, ?, ?, ?, ? from stories s where s.id = ? and s.person_id = ? on conflict do nothing",
                    Codes.lp(lp), state.step(), state.dueOn(), state.lastGrade().name(), now, storyId, person.get()) == 1
                    || Rows.update(c, update, values) == 1;
        });
    }

    /** All stories of a person in the order they were added. */
    static List<Story> load(Connection c, long person) throws SQLException {
        Map<Long, List<LeadershipPrinciple>> lps = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select l.story_id, l.lp from story_lps l"
                + " join stories s on s.id = l.story_id where s.person_id = ? order by l.story_id, l.ord")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Codes.lp(rs.getString(2)));
                }
            }
        }
        List<Story> stories = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select id, title, body, created_at from stories where person_id = ? order by id")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    stories.add(new Story(id, rs.getString("title"), rs.getString("body"), lps.getOrDefault(id, List.of()),
                            Rows.getInstant(rs, "created_at")));
                }
            }
        }
        return stories;
    }
}
