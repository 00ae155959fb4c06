package dev.loopcoach.storage;

import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Small JDBC helpers shared by the stores: timestamps, people rows, error codes. */
final class Rows {
    /** SQLState of a unique-key violation, the same on PostgreSQL and H2. */
    static final String UNIQUE_VIOLATION = "23505";

    private Rows() {
    }

    /** Timestamp columns keep microseconds; cutting here (not rounding in the database) keeps both engines equal. */
    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(micros(at), ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** The person's row id, if they have one. */
    static Optional<Long> personId(Connection c, UserKey user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from people where platform = ? and platform_user_id = ?")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The person's row id, creating the row on first contact (safe when two processes race). */
    static long personIdCreating(Connection c, UserKey user, Instant now) throws SQLException {
        Optional<Long> existing = personId(c, user);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into people (platform, platform_user_id, created_at) values (?, ?, ?) on conflict do nothing")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            setInstant(ps, 3, now);
            ps.executeUpdate();
        }
        return personId(c, user).orElseThrow(() -> new SQLException("person row vanished right after insert: " + user));
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
