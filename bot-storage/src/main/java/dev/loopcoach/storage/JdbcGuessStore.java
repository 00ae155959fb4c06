package dev.loopcoach.storage;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.GuessStore;
import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guessing rounds and guesses. A round is opened by inserting it (the message's unique key makes a retried delivery a
 * no-op), a guess is an upsert that only succeeds while the round is open, and the reveal is one conditional update.
 */
final class JdbcGuessStore implements GuessStore {
    private static final String ROUND_COLUMNS = "id, platform, workspace, channel, thread_ref, message_ref, answerer_platform, "
            + "answerer_id, answer, opened_at, bar_raiser_vote";

    private final Database db;

    JdbcGuessStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Round> open(ChannelKey channel, String threadRef, String messageRef, UserKey answerer, String answer,
                                Instant at) {
        return db.write(c -> {
            int inserted = Rows.update(c, "insert into guess_rounds (platform, workspace, channel, thread_ref, message_ref, "
                    + "answerer_platform, answerer_id, answer, opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    channel.platform(), channel.workspaceId(), channel.channelId(), threadRef, messageRef, answerer.platform(),
                    answerer.userId(), answer, time(at));
            if (inserted == 0) {
                return Optional.<Round>empty();
            }
            try (PreparedStatement ps = c.prepareStatement("select " + ROUND_COLUMNS + " from guess_rounds where platform = ? "
                    + "and workspace = ? and channel = ? and message_ref = ?")) {
                ps.setString(1, channel.platform());
                ps.setString(2, channel.workspaceId());
                ps.setString(3, channel.channelId());
                ps.setString(4, messageRef);
                return first(ps);
            }
        });
    }

    @Override
    public Optional<Round> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + ROUND_COLUMNS + " from guess_rounds where id = ?")) {
                ps.setLong(1, id);
                return first(ps);
            }
        });
    }

    @Override
    public boolean guess(long roundId, UserKey voter, Vote vote, Instant at) {
        return db.write(c -> {
            if (Rows.update(c, "update guess_votes set vote = ?, guessed_at = ? where round_id = ? and voter_platform = ? "
                    + "and voter_id = ? and exists (select 1 from guess_rounds r where r.id = ? and r.bar_raiser_vote is null)",
                    vote.name(), time(at), roundId, voter.platform(), voter.userId(), roundId) == 1) {
                return true;
            }
            return Rows.update(c, "insert into guess_votes (round_id, voter_platform, voter_id, vote, guessed_at) "
                    + "select id, ?, ?, ?, ? from guess_rounds where id = ? and bar_raiser_vote is null on conflict do nothing",
                    voter.platform(), voter.userId(), vote.name(), time(at), roundId) == 1;
        });
    }

    @Override
    public List<Guess> guesses(long roundId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select voter_platform, voter_id, vote, guessed_at from guess_votes "
                    + "where round_id = ? order by guessed_at, voter_id")) {
                ps.setLong(1, roundId);
                List<Guess> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Guess(new UserKey(rs.getString(1), rs.getString(2)), Vote.valueOf(rs.getString(3)),
                                Rows.getInstant(rs, "guessed_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public boolean reveal(long roundId, Vote barRaiser, Instant at) {
        return db.write(c -> Rows.update(c, "update guess_rounds set bar_raiser_vote = ?, revealed_at = ? where id = ? "
                + "and bar_raiser_vote is null", barRaiser.name(), time(at), roundId) == 1);
    }

    @Override
    public Calibration calibration(UserKey voter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*), sum(case when v.vote = r.bar_raiser_vote then 1 "
                    + "else 0 end) from guess_votes v join guess_rounds r on r.id = v.round_id where v.voter_platform = ? "
                    + "and v.voter_id = ? and r.bar_raiser_vote is not null")) {
                ps.setString(1, voter.platform());
                ps.setString(2, voter.userId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Calibration(rs.getInt(2), rs.getInt(1));
                }
            }
        });
    }

    @Override
    public List<String> export(UserKey user) {
        return db.read(c -> load(c, user));
    }

    /** The person's rounds and guesses as lines, inside a transaction the caller holds (the data export). */
    static List<String> load(Connection c, UserKey user) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, channel, answer from guess_rounds where answerer_platform = ? "
                + "and answerer_id = ? order by id")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add("answer guessed on in " + rs.getString(2) + ": " + rs.getString(3));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select round_id, vote from guess_votes where voter_platform = ? "
                + "and voter_id = ? order by round_id")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add("guess " + Vote.valueOf(rs.getString(2)).label() + " on round " + rs.getLong(1));
                }
            }
        }
        return out;
    }

    @Override
    public int forget(UserKey user) {
        return db.write(c -> delete(c, user));
    }

    /** Deletes the person's guesses and the rounds on their answers, inside the caller's transaction. */
    static int delete(Connection c, UserKey user) throws SQLException {
        int n = Rows.update(c, "delete from guess_votes where voter_platform = ? and voter_id = ?", user.platform(), user.userId());
        return n + Rows.update(c, "delete from guess_rounds where answerer_platform = ? and answerer_id = ?", user.platform(),
                user.userId());
    }

    private static Optional<Round> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String vote = rs.getString("bar_raiser_vote");
            return Optional.of(new Round(rs.getLong("id"), new ChannelKey(rs.getString("platform"), rs.getString("workspace"),
                    rs.getString("channel")), rs.getString("thread_ref"), rs.getString("message_ref"),
                    new UserKey(rs.getString("answerer_platform"), rs.getString("answerer_id")), rs.getString("answer"),
                    Rows.getInstant(rs, "opened_at"), vote == null ? Optional.empty() : Optional.of(Vote.valueOf(vote))));
        }
    }

    private static java.time.OffsetDateTime time(Instant at) {
        return Rows.micros(at).atOffset(ZoneOffset.UTC);
    }
}
