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
    /** The columns {@link #prefs} reads, in order. */
    static final String COLUMNS = "thread_coaching_muted, snoozed_until, time_zone, plan_interview_date, plan_level, plan_focus,"
            + " plan_started_on, private_verdicts, plan_remind_at";
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
                    + " u.plan_started_on, u.private_verdicts, u.plan_remind_at from user_prefs u"
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
                    + " plan_interview_date, plan_level, plan_focus, plan_started_on, private_verdicts, plan_remind_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", person, prefs.threadCoachingMuted(),
                    prefs.snoozedUntil().orElse(null), prefs.zone().map(java.time.ZoneId::getId).orElse(null),
                    plan.map(PlanRequest::interviewDate).orElse(null), plan.map(r -> r.level().name()).orElse(null),
                    plan.flatMap(PlanRequest::focus).orElse(null), plan.map(PlanRequest::startedOn).orElse(null),
                    prefs.privateVerdicts(), remindAt(plan), now) == 1) {
                return true;
            }
            return updated(c, person, prefs, now);
        });
    }

    private static boolean updated(Connection c, long person, UserPrefs prefs, OffsetDateTime now) throws SQLException {
        Optional<PlanRequest> plan = prefs.plan();
        return Rows.update(c, "update user_prefs set thread_coaching_muted = ?, snoozed_until = ?, time_zone = ?,"
                + " plan_interview_date = ?, plan_level = ?, plan_focus = ?, plan_started_on = ?, private_verdicts = ?,"
                + " plan_remind_at = ?, updated_at = ? where person_id = ?", prefs.threadCoachingMuted(), prefs.snoozedUntil().orElse(null),
                prefs.zone().map(java.time.ZoneId::getId).orElse(null), plan.map(PlanRequest::interviewDate).orElse(null),
                plan.map(r -> r.level().name()).orElse(null), plan.flatMap(PlanRequest::focus).orElse(null),
                plan.map(PlanRequest::startedOn).orElse(null), prefs.privateVerdicts(), remindAt(plan), now, person) == 1;
    }

    private static String remindAt(Optional<PlanRequest> plan) {
        return plan.flatMap(PlanRequest::remindAt).map(Object::toString).orElse(null);
    }

    /** Reads the columns of {@link #COLUMNS} from the current row. */
    static UserPrefs prefs(ResultSet rs) throws SQLException {
        return prefs(rs, 0);
    }

    /** As above, with the columns starting after {@code offset} others. */
    static UserPrefs prefs(ResultSet rs, int offset) throws SQLException {
        String zone = rs.getString(offset + 3);
        java.time.LocalDate interview = rs.getObject(offset + 4, java.time.LocalDate.class);
        String level = rs.getString(offset + 5);
        java.time.LocalDate started = rs.getObject(offset + 7, java.time.LocalDate.class);
        String remind = rs.getString(offset + 9);
        Optional<PlanRequest> plan = interview == null || level == null || started == null ? Optional.empty()
                : Optional.of(new PlanRequest(interview, Level.valueOf(level), Optional.ofNullable(rs.getString(offset + 6)), started,
                        Optional.ofNullable(remind).map(java.time.LocalTime::parse)));
        return new UserPrefs(rs.getBoolean(offset + 1), Optional.ofNullable(rs.getObject(offset + 2, java.time.LocalDate.class)),
                zone == null ? Optional.empty() : Optional.of(java.time.ZoneId.of(zone)), plan, rs.getBoolean(offset + 8));
    }

    static Optional<UserPrefs> load(Connection c, long person) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from user_prefs where person_id = ?")) {
            ps.setLong(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(prefs(rs)) : Optional.empty();
            }
        }
    }
}
