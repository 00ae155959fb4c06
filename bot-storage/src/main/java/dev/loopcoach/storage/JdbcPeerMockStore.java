package dev.loopcoach.storage;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PeerMockStore;
import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Peer mock offers, pairs and votes. Proposing deletes both offers and inserts the pair in one transaction (rolled back
 * unless both offers were still there), and every change of a pair is an update conditional on its version.
 */
final class JdbcPeerMockStore implements PeerMockStore {
    private static final String PAIR_COLUMNS = "id, platform, community, first_platform, first_id, first_name, first_level, "
            + "first_accepted, first_place, second_platform, second_id, second_name, second_level, second_accepted, "
            + "second_place, stage, round_no, question_id, space_ref, answer, ended, created_at, version";
    private static final String OFFER_COLUMNS = "platform, community, user_platform, user_id, shown_as, level, time_window, "
            + "place_ref, offered_at, until_at";

    private final Database db;

    JdbcPeerMockStore(Database db) {
        this.db = db;
    }

    @Override
    public void offer(Offer offer) {
        db.write(c -> {
            Rows.update(c, "delete from peer_offers where platform = ? and community = ? and user_platform = ? and user_id = ?",
                    offer.community().platform(), offer.community().id(), offer.user().platform(), offer.user().userId());
            return Rows.update(c, "insert into peer_offers (" + OFFER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    offer.community().platform(), offer.community().id(), offer.user().platform(), offer.user().userId(),
                    clip(offer.name(), 80), offer.level().name(), offer.window().name(), clip(offer.placeRef(), 128),
                    time(offer.at()), time(offer.until()));
        });
    }

    @Override
    public boolean withdraw(Community community, UserKey user) {
        return db.write(c -> Rows.update(c, "delete from peer_offers where platform = ? and community = ? and user_platform = ? "
                + "and user_id = ?", community.platform(), community.id(), user.platform(), user.userId()) > 0);
    }

    @Override
    public Optional<Offer> offerOf(Community community, UserKey user) {
        return db.read(c -> offers(c, "select " + OFFER_COLUMNS + " from peer_offers where platform = ? and community = ? "
                + "and user_platform = ? and user_id = ?", community.platform(), community.id(), user.platform(), user.userId())
                .stream().findFirst());
    }

    @Override
    public List<Offer> openOffers(Community community, Instant now) {
        return db.read(c -> offers(c, "select " + OFFER_COLUMNS + " from peer_offers where platform = ? and community = ? "
                + "and until_at > ? order by offered_at, user_id", community.platform(), community.id(), time(now)));
    }

    @Override
    public Optional<Pair> propose(Offer candidateFirst, Offer interviewerFirst, Instant at) {
        if (candidateFirst.user().equals(interviewerFirst.user())) {
            return Optional.empty();
        }
        try {
            return db.write(c -> proposeIn(c, candidateFirst, interviewerFirst, at));
        } catch (OfferTaken e) {
            return Optional.empty(); // another process took one of them: the failed unit of work left both as they were
        }
    }

    /** Thrown inside a unit of work to undo it when one of the two offers is gone. */
    private static final class OfferTaken extends RuntimeException {
        OfferTaken() {
            super("an offer was taken by someone else", null, false, false);
        }
    }

    private static Optional<Pair> proposeIn(Connection c, Offer candidateFirst, Offer interviewerFirst, Instant at)
            throws SQLException {
        Optional<Offer> a = takeOffer(c, candidateFirst);
        Optional<Offer> b = a.isEmpty() ? Optional.empty() : takeOffer(c, interviewerFirst);
        if (a.isEmpty() || b.isEmpty()) {
            throw new OfferTaken();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("insert into peer_pairs (platform, community, first_platform, "
                + "first_id, first_name, first_level, first_accepted, first_place, second_platform, second_id, second_name, "
                + "second_level, second_accepted, second_place, stage, round_no, created_at, version) values "
                + "(?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, false, ?, 'PROPOSED', 1, ?, 0)", new String[] {"id"})) {
            Offer x = a.get();
            Offer y = b.get();
            Object[] p = {x.community().platform(), x.community().id(), x.user().platform(), x.user().userId(),
                clip(x.name(), 80), x.level().name(), clip(x.placeRef(), 128), y.user().platform(), y.user().userId(),
                clip(y.name(), 80), y.level().name(), clip(y.placeRef(), 128), time(at)};
            for (int i = 0; i < p.length; i++) {
                ps.setObject(i + 1, p[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        return pair(c, id);
    }

    /** Reads and deletes one offer inside the caller's transaction; empty when it is gone. */
    private static Optional<Offer> takeOffer(Connection c, Offer offer) throws SQLException {
        Optional<Offer> stored = offers(c, "select " + OFFER_COLUMNS + " from peer_offers where platform = ? and community = ? "
                + "and user_platform = ? and user_id = ?", offer.community().platform(), offer.community().id(),
                offer.user().platform(), offer.user().userId()).stream().findFirst();
        if (stored.isEmpty() || Rows.update(c, "delete from peer_offers where platform = ? and community = ? and "
                + "user_platform = ? and user_id = ?", offer.community().platform(), offer.community().id(),
                offer.user().platform(), offer.user().userId()) != 1) {
            return Optional.empty();
        }
        return stored;
    }

    @Override
    public Optional<Pair> find(long pairId) {
        return db.read(c -> pair(c, pairId));
    }

    @Override
    public Optional<Pair> current(Community community, UserKey user) {
        return db.read(c -> pairs(c, "select " + PAIR_COLUMNS + " from peer_pairs where platform = ? and community = ? "
                + "and stage <> 'ENDED' and ((first_platform = ? and first_id = ?) or (second_platform = ? and second_id = ?)) "
                + "order by id desc", community.platform(), community.id(), user.platform(), user.userId(), user.platform(),
                user.userId()).stream().findFirst());
    }

    @Override
    public Optional<Instant> lastPaired(Community community, UserKey a, UserKey b) {
        return db.read(c -> pairs(c, "select " + PAIR_COLUMNS + " from peer_pairs where platform = ? and community = ? and "
                + "((first_platform = ? and first_id = ? and second_platform = ? and second_id = ?) or (first_platform = ? "
                + "and first_id = ? and second_platform = ? and second_id = ?)) order by created_at desc", community.platform(),
                community.id(), a.platform(), a.userId(), b.platform(), b.userId(), b.platform(), b.userId(), a.platform(),
                a.userId()).stream().findFirst().map(Pair::at));
    }

    @Override
    public Optional<Pair> update(Pair next) {
        return db.write(c -> {
            int n = Rows.update(c, "update peer_pairs set first_accepted = ?, second_accepted = ?, stage = ?, round_no = ?, "
                    + "question_id = ?, space_ref = ?, answer = ?, ended = ?, version = version + 1 where id = ? and version = ?",
                    next.first().accepted(), next.second().accepted(), next.stage().name(), next.round(),
                    next.questionId().orElse(null), next.space().orElse(null), next.answer().orElse(null),
                    next.ended().orElse(null), next.id(), next.version());
            return n == 1 ? pair(c, next.id()) : Optional.<Pair>empty();
        });
    }

    @Override
    public void recordVotes(long pairId, int round, List<PeerVote> votes) {
        db.write(c -> {
            Rows.update(c, "delete from peer_votes where pair_id = ? and round_no = ?", pairId, round);
            for (PeerVote v : votes) {
                Rows.update(c, "insert into peer_votes (pair_id, round_no, lp, vote, evidence) select id, ?, ?, ?, ? from "
                        + "peer_pairs where id = ?", round, v.lp().name(), v.vote().name(), clip(v.evidence(), 400), pairId);
            }
            return null;
        });
    }

    @Override
    public List<PeerVote> votes(long pairId, int round) {
        return db.read(c -> votes(c, pairId, round));
    }

    private static List<PeerVote> votes(Connection c, long pairId, int round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select lp, vote, evidence from peer_votes where pair_id = ? and "
                + "round_no = ? order by lp")) {
            ps.setLong(1, pairId);
            ps.setInt(2, round);
            List<PeerVote> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PeerVote(LeadershipPrinciple.valueOf(rs.getString(1)), Vote.valueOf(rs.getString(2)),
                            rs.getString(3)));
                }
            }
            return out;
        }
    }

    @Override
    public List<String> export(UserKey user) {
        return db.read(c -> load(c, user));
    }

    /** The person's offers, pairs (never the partner's name), votes and pasted answers as lines, in the caller's transaction. */
    static List<String> load(Connection c, UserKey user) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Offer o : offers(c, "select " + OFFER_COLUMNS + " from peer_offers where user_platform = ? and user_id = ? "
                + "order by offered_at", user.platform(), user.userId())) {
            out.add("peer mock offer at " + o.level().key() + " level, " + o.window().key() + ", until " + o.until());
        }
        for (Pair p : pairs(c, "select " + PAIR_COLUMNS + " from peer_pairs where (first_platform = ? and first_id = ?) or "
                + "(second_platform = ? and second_id = ?) order by id", user.platform(), user.userId(), user.platform(),
                user.userId())) {
            out.add("peer mock " + p.id() + " on " + p.at() + ": " + p.stage().name().toLowerCase(java.util.Locale.ROOT)
                    + p.ended().map(e -> " (" + e + ")").orElse(""));
            for (int round = 1; round <= 2; round++) {
                boolean candidate = (round == 1 ? p.first() : p.second()).user().equals(user);
                for (PeerVote v : votes(c, p.id(), round)) {
                    out.add((candidate ? "vote received" : "vote given") + " in peer mock " + p.id() + " round " + round + ": "
                            + v.lp().displayName() + " " + v.vote().label() + ", \"" + v.evidence() + "\"");
                }
                if (candidate && round == p.round()) {
                    p.answer().ifPresent(a -> out.add("answer pasted in peer mock " + p.id() + ": " + a));
                }
            }
        }
        return out;
    }

    @Override
    public int forget(UserKey user) {
        return db.write(c -> delete(c, user));
    }

    /** Deletes the person's offers and every pair they were in (with its votes), in the caller's transaction. */
    static int delete(Connection c, UserKey user) throws SQLException {
        int n = Rows.update(c, "delete from peer_offers where user_platform = ? and user_id = ?", user.platform(), user.userId());
        String theirs = "(first_platform = ? and first_id = ?) or (second_platform = ? and second_id = ?)";
        Rows.update(c, "delete from peer_votes where pair_id in (select id from peer_pairs where " + theirs + ")",
                user.platform(), user.userId(), user.platform(), user.userId());
        return n + Rows.update(c, "delete from peer_pairs where " + theirs, user.platform(), user.userId(), user.platform(),
                user.userId());
    }

    private static Optional<Pair> pair(Connection c, long id) throws SQLException {
        return pairs(c, "select " + PAIR_COLUMNS + " from peer_pairs where id = ?", id).stream().findFirst();
    }

    private static List<Pair> pairs(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Pair> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Community community = new Community(rs.getString("platform"), rs.getString("community"));
                    Side first = new Side(new UserKey(rs.getString("first_platform"), rs.getString("first_id")),
                            rs.getString("first_name"), Level.valueOf(rs.getString("first_level")),
                            rs.getBoolean("first_accepted"), rs.getString("first_place"));
                    Side second = new Side(new UserKey(rs.getString("second_platform"), rs.getString("second_id")),
                            rs.getString("second_name"), Level.valueOf(rs.getString("second_level")),
                            rs.getBoolean("second_accepted"), rs.getString("second_place"));
                    out.add(new Pair(rs.getLong("id"), community, first, second, Stage.valueOf(rs.getString("stage")),
                            rs.getInt("round_no"), Optional.ofNullable(rs.getString("question_id")),
                            Optional.ofNullable(rs.getString("space_ref")), Optional.ofNullable(rs.getString("answer")),
                            Optional.ofNullable(rs.getString("ended")), Rows.getInstant(rs, "created_at"), rs.getLong("version")));
                }
            }
            return out;
        }
    }

    private static List<Offer> offers(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Offer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Offer(new Community(rs.getString("platform"), rs.getString("community")),
                            new UserKey(rs.getString("user_platform"), rs.getString("user_id")), rs.getString("shown_as"),
                            Level.valueOf(rs.getString("level")), Window.valueOf(rs.getString("time_window")),
                            rs.getString("place_ref"), Rows.getInstant(rs, "offered_at"), Rows.getInstant(rs, "until_at")));
                }
            }
            return out;
        }
    }

    private static OffsetDateTime time(Instant at) {
        return Rows.micros(at).atOffset(ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
