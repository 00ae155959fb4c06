package dev.loopcoach.storage;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.DailyPostStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The daily post record. {@link #claim} is one insert that the unique slot constraint lets succeed once: under
 * concurrent claims PostgreSQL makes the later inserts wait for the first and then do nothing.
 */
final class JdbcDailyPostStore implements DailyPostStore {
    private static final String COLUMNS = "id, platform, workspace, channel, local_date, kind, question_id, target_lp,"
            + " status, message_ref, failure, claimed_at";
    private static final String SLOT = "platform = ? and workspace = ? and channel = ? and local_date = ? and kind = ?";

    private final Database db;

    JdbcDailyPostStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean claim(PostClaim claim) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into daily_posts (platform, workspace, channel, local_date, kind,"
                    + " question_id, target_lp, status, claimed_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'claimed', ?, ?)"
                    + " on conflict do nothing")) {
                JdbcDailySettingsStore.bindChannel(ps, 1, claim.channel());
                ps.setObject(4, claim.localDate());
                ps.setString(5, code(claim.kind()));
                ps.setString(6, claim.questionId().value());
                ps.setString(7, claim.target().map(LeadershipPrinciple::slug).orElse(null));
                Rows.setInstant(ps, 8, claim.at());
                Rows.setInstant(ps, 9, claim.at());
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void markPosted(ChannelKey channel, LocalDate localDate, PostKind kind, String messageRef, Instant at) {
        mark(channel, localDate, kind, "update daily_posts set status = 'posted', message_ref = ?, failure = null, updated_at = ? where "
                + SLOT, messageRef, at);
    }

    @Override
    public void markFailed(ChannelKey channel, LocalDate localDate, PostKind kind, String reason, Instant at) {
        String shortReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        mark(channel, localDate, kind, "update daily_posts set status = 'failed', failure = ?, updated_at = ? where " + SLOT,
                shortReason, at);
    }

    private void mark(ChannelKey channel, LocalDate localDate, PostKind kind, String sql, String text, Instant at) {
        int updated = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, text);
                Rows.setInstant(ps, 2, at);
                bindSlot(ps, 3, channel, localDate, kind);
                return ps.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new IllegalStateException("no daily post claimed for " + channel + " " + localDate + " " + kind);
        }
    }

    @Override
    public boolean release(ChannelKey channel, LocalDate localDate, PostKind kind) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from daily_posts where " + SLOT + " and status <> 'posted'")) {
                bindSlot(ps, 1, channel, localDate, kind);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<DailyPost> find(ChannelKey channel, LocalDate localDate, PostKind kind) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_posts where " + SLOT)) {
                bindSlot(ps, 1, channel, localDate, kind);
                return list(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<DailyPost> postedQuestions(ChannelKey channel) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_posts"
                    + " where platform = ? and workspace = ? and channel = ? order by claimed_at, id")) {
                JdbcDailySettingsStore.bindChannel(ps, 1, channel);
                return list(ps);
            }
        });
    }

    @Override
    public Optional<DailyPost> findByMessage(ChannelKey channel, String messageRef) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_posts"
                    + " where platform = ? and workspace = ? and channel = ? and message_ref = ? order by id")) {
                JdbcDailySettingsStore.bindChannel(ps, 1, channel);
                ps.setString(4, messageRef);
                return list(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<DailyPost> unsettled(Instant since) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_posts where claimed_at >= ?"
                    + " and (status = 'claimed' or (status = 'failed' and failure like ?)) order by claimed_at, id")) {
                Rows.setInstant(ps, 1, since);
                ps.setString(2, UNKNOWN + "%");
                return list(ps);
            }
        });
    }

    @Override
    public boolean retake(long postId, Instant quietSince, Instant now) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update daily_posts set status = 'claimed', updated_at = ?"
                    + " where id = ? and updated_at < ? and (status = 'claimed' or (status = 'failed' and failure like ?))")) {
                Rows.setInstant(ps, 1, now);
                ps.setLong(2, postId);
                Rows.setInstant(ps, 3, quietSince);
                ps.setString(4, UNKNOWN + "%");
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static void bindSlot(PreparedStatement ps, int first, ChannelKey channel, LocalDate date, PostKind kind) throws SQLException {
        JdbcDailySettingsStore.bindChannel(ps, first, channel);
        ps.setObject(first + 3, date);
        ps.setString(first + 4, code(kind));
    }

    private static String code(PostKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static List<DailyPost> list(PreparedStatement ps) throws SQLException {
        List<DailyPost> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String target = rs.getString("target_lp");
                out.add(new DailyPost(
                        rs.getLong("id"),
                        new ChannelKey(rs.getString("platform"), rs.getString("workspace"), rs.getString("channel")),
                        rs.getObject("local_date", LocalDate.class),
                        PostKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                        new QuestionId(rs.getString("question_id")),
                        target == null ? Optional.empty() : LeadershipPrinciple.all().stream().filter(lp -> lp.slug().equals(target)).findFirst(),
                        Rows.getInstant(rs, "claimed_at"),
                        PostStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(rs.getString("message_ref")),
                        Optional.ofNullable(rs.getString("failure"))));
            }
        }
        return out;
    }
}
