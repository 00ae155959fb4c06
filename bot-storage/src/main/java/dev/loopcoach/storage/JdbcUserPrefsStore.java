package dev.loopcoach.storage;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.plan.PlanRequest;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One row of switches per person; reading never creates a person. */
final class JdbcUserPrefsStore implements UserPrefsStore {
    private final Database db;
    private final Clock clock;

    JdbcUserPrefsStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public UserPrefs get(UserKey user) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select u.thread_coaching_muted, u.snoozed_until, u.time_zone, u.plan_interview_date, u.plan_level, u.plan_focus,"
                    + " u.plan_started_on, u.private_verdicts from user_prefs u"
                    + " join people p on p.id = u.person_id where p.platform = ? and p.platform_user_id = ?")) {
                ps.setString(1, user.platform());
                ps.setString(2, user.userId());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? prefs(rs) : UserPrefs.defaults();
                }
            }
        });
    }

    @Override
    public void put(UserKey user, UserPrefs prefs) {
        db.write(c -> {
            long person = Rows.personIdCreating(c, user, clock.now());
            OffsetDateTime now = OffsetDateTime.ofInstant(Rows.micros(clock.now()), ZoneOffset.UTC);
            // update first; insert when missing; update again if another process inserted in between
            if (updated(c, person, prefs, now)) {
                return true;
            }
            Optional<PlanRequest> plan = prefs.plan();
            if (Rows.update(c, "insert into user_prefs (person_id, thread_coaching_muted, snoozed_until, time_zone,"
                    + " plan_interview_date, plan_level, plan_focus, plan_started_on, private_verdicts, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", person, prefs.threadCoachingMuted(),
                    prefs.snoozedUntil().orElse(null), prefs.zone().map(java.time.ZoneId::getId).orElse(null),
                    plan.map(PlanRequest::interviewDate).orElse(null), plan.map(r -> r.level().name()).orElse(null),
                    plan.flatMap(PlanRequest::focus).orElse(null), plan.map(PlanRequest::startedOn).orElse(null),
                    prefs.privateVerdicts(), now) == 1) {
                return true;
            }
            return updated(c, person, prefs, now);
        });
    }

    private static boolean updated(Connection c, long person, UserPrefs prefs, OffsetDateTime now) throws SQLException {
        Optional<PlanRequest> plan = prefs.plan();
        return Rows.update(c, "update user_prefs set thread_coaching_muted = ?, snoozed_until = ?, time_zone = ?,"
                + " plan_interview_date = ?, plan_level = ?, plan_focus = ?, plan_started_on = ?, private_verdicts = ?, updated_at = ?"
                + " where person_id = ?", prefs.threadCoachingMuted(), prefs.snoozedUntil().orElse(null),
                prefs.zone().map(java.time.ZoneId::getId).orElse(null), plan.map(PlanRequest::interviewDate).orElse(null),
                plan.map(r -> r.level().name()).orElse(null), plan.flatMap(PlanRequest::focus).orElse(null),
                plan.map(PlanRequest::startedOn).orElse(null), prefs.privateVerdicts(), now, person) == 1;
    }

    private static UserPrefs prefs(ResultSet rs) throws SQLException {
        String zone = rs.getString(3);
        java.time.LocalDate interview = rs.getObject(4, java.time.LocalDate.class);
        String level = rs.getString(5);
        java.time.LocalDate started = rs.getObject(7, java.time.LocalDate.class);
        Optional<PlanRequest> plan = interview == null || level == null || started == null ? Optional.empty()
                : Optional.of(new PlanRequest(interview, Level.valueOf(level), Optional.ofNullable(rs.getString(6)), started));
        return new UserPrefs(rs.getBoolean(1), Optional.ofNullable(rs.getObject(2, java.time.LocalDate.class)),
                zone == null ? Optional.empty() : Optional.of(java.time.ZoneId.of(zone)), plan, rs.getBoolean(8));
    }

    static Optional<UserPrefs> load(Connection c, long person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select thread_coaching_muted, snoozed_until, time_zone, plan_interview_date,"
                + " plan_level, plan_focus, plan_started_on, private_verdicts from user_prefs where person_id = ?")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(prefs(rs)) : Optional.empty();
            }
        }
    }
}
