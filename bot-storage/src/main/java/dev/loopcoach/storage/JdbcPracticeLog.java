package dev.loopcoach.storage;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The asked-question history: one row per entry, its targeted principles and its votes per principle in child rows. */
final class JdbcPracticeLog implements PracticeLog {
    private final Database db;
    private final Clock clock;

    JdbcPracticeLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(UserKey user, PracticeEntry entry) {
        db.write(c -> insert(c, user, entry));
    }

    /** Whether this log keeps its rows in {@code database}, so another store's transaction there can record into it. */
    boolean storesIn(Database database) {
        return db == database;
    }

    /** Records the entry inside the caller's transaction; returns its id. */
    long insert(Connection c, UserKey user, PracticeEntry entry) throws SQLException {
        long person = Rows.personIdCreating(c, user, clock.now());
        long entryId;
        try (PreparedStatement ps = c.prepareStatement("insert into practice_entries"
                + " (person_id, question_id, category, overall_vote, practised_at) values (?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setLong(1, person);
            ps.setString(2, entry.questionId().value());
            ps.setString(3, Codes.category(entry.category()));
            ps.setString(4, entry.overall().map(Codes::vote).orElse(null));
            Rows.setInstant(ps, 5, entry.at());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                entryId = keys.getLong(1);
            }
        }
        if (!entry.targeted().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("insert into practice_targets (entry_id, ord, lp) values (?, ?, ?)")) {
                for (int i = 0; i < entry.targeted().size(); i++) {
                    ps.setLong(1, entryId);
                    ps.setInt(2, i);
                    ps.setString(3, Codes.lp(entry.targeted().get(i)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!entry.votes().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("insert into practice_votes (entry_id, lp, vote) values (?, ?, ?)")) {
                for (Map.Entry<LeadershipPrinciple, Vote> vote : entry.votes().entrySet()) {
                    ps.setLong(1, entryId);
                    ps.setString(2, Codes.lp(vote.getKey()));
                    ps.setString(3, Codes.vote(vote.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return entryId;
    }

    @Override
    public List<PracticeEntry> entries(UserKey user) {
        return db.read(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isEmpty() ? List.<PracticeEntry>of() : load(c, person.get());
        });
    }

    /** All entries of a person, oldest first (three queries, joined here). */
    static List<PracticeEntry> load(Connection c, long person) throws SQLException {
        Map<Long, List<LeadershipPrinciple>> targets = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select t.entry_id, t.lp from practice_targets t"
                + " join practice_entries e on e.id = t.entry_id where e.person_id = ? order by t.entry_id, t.ord")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Codes.lp(rs.getString(2)));
                }
            }
        }
        Map<Long, Map<LeadershipPrinciple, Vote>> votes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select v.entry_id, v.lp, v.vote from practice_votes v"
                + " join practice_entries e on e.id = v.entry_id where e.person_id = ?")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    votes.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(LeadershipPrinciple.class))
                            .put(Codes.lp(rs.getString(2)), Codes.vote(rs.getString(3)));
                }
            }
        }
        Map<Long, PracticeEntry> entries = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, question_id, category, overall_vote, practised_at"
                + " from practice_entries where person_id = ? order by practised_at, id")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    String overall = rs.getString("overall_vote");
                    entries.put(id, new PracticeEntry(
                            new QuestionId(rs.getString("question_id")),
                            Codes.category(rs.getString("category")),
                            targets.getOrDefault(id, List.of()),
                            votes.getOrDefault(id, Map.of()),
                            Optional.ofNullable(overall).map(Codes::vote),
                            Rows.getInstant(rs, "practised_at")));
                }
            }
        }
        return List.copyOf(entries.values());
    }
}
