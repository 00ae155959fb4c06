package dev.loopcoach.storage;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox in table {@code inbox} (migration V6). {@link #keep} is one insert the primary key lets succeed once;
 * {@link #retake} is one conditional update, so of several processes sweeping at once exactly one takes a letter.
 * A done letter's text is cleared at once: only the ids stay, to recognise repeats.
 */
final class JdbcInbox implements Inbox {
    private final Database db;

    JdbcInbox(Database db) {
        this.db = db;
    }

    @Override
    public boolean keep(Letter l) {
        return db.write(c -> insert(c, l));
    }

    /** Writes the letters a journal holds, in one transaction; those already in the table are left as they are. */
    void keepAll(List<Letter> letters) {
        if (!letters.isEmpty()) {
            db.write(c -> {
                for (Letter l : letters) {
                    insert(c, l);
                }
                return letters.size();
            });
        }
    }

    /** Whether a letter with this platform and id is in the table (kept before, done or not). */
    boolean known(String platform, String deliveryId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from inbox where platform = ? and delivery_id = ?")) {
                ps.setString(1, platform);
                ps.setString(2, deliveryId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static boolean insert(java.sql.Connection c, Letter l) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into inbox (platform, delivery_id, user_platform, user_id,"
                + " kind, body, reply_to, received_at, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, l.platform());
            ps.setString(2, l.deliveryId());
            ps.setString(3, l.user().platform());
            ps.setString(4, l.user().userId());
            ps.setString(5, l.kind().name());
            ps.setString(6, l.text());
            ps.setString(7, l.replyTo());
            Rows.setInstant(ps, 8, l.receivedAt());
            Rows.setInstant(ps, 9, l.receivedAt());
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean begin(Letter letter, Instant now) {
        return db.write(c -> take(c, letter, now));
    }

    /**
     * {@link #begin} for a letter that may still be only in the journal: it is written to the table (unless it is there
     * already) and taken, in one transaction.
     */
    boolean keepAndBegin(Letter letter, Instant now) {
        return db.write(c -> {
            insert(c, letter);
            return take(c, letter, now);
        });
    }

    private static boolean take(java.sql.Connection c, Letter letter, Instant now) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("update inbox set taken_at = ? where platform = ? and delivery_id = ?"
                + " and done_at is null and taken_at = ?")) {
            Rows.setInstant(ps, 1, now);
            ps.setString(2, letter.platform());
            ps.setString(3, letter.deliveryId());
            Rows.setInstant(ps, 4, letter.receivedAt());
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean retake(String platform, String deliveryId, Instant staleBefore, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update inbox set taken_at = ? where platform = ? and delivery_id = ?"
                    + " and done_at is null and taken_at < ?")) {
                Rows.setInstant(ps, 1, now);
                ps.setString(2, platform);
                ps.setString(3, deliveryId);
                Rows.setInstant(ps, 4, staleBefore);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void done(String platform, String deliveryId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update inbox set done_at = current_timestamp, body = null"
                    + " where platform = ? and delivery_id = ? and done_at is null")) {
                ps.setString(1, platform);
                ps.setString(2, deliveryId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<Letter> unfinished(String platform, Instant staleBefore, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from inbox where platform = ? and done_at is null"
                    + " and taken_at < ? order by received_at, delivery_id limit ?")) {
                ps.setString(1, platform);
                Rows.setInstant(ps, 2, staleBefore);
                ps.setInt(3, limit);
                List<Letter> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Letter(rs.getString("platform"), rs.getString("delivery_id"),
                                new UserKey(rs.getString("user_platform"), rs.getString("user_id")),
                                Kind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("reply_to"),
                                Rows.getInstant(rs, "received_at")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from inbox where done_at is not null and received_at < ?")) {
                Rows.setInstant(ps, 1, cutoff);
                return ps.executeUpdate();
            }
        });
    }
}
