package dev.loopcoach.storage;

import dev.loopcoach.core.port.PlanReminderStore;
import dev.loopcoach.core.port.UserKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plan reminders kept with each person's switches; a day is claimed with one conditional update. */
final class JdbcPlanReminderStore implements PlanReminderStore {
    private final Database db;

    JdbcPlanReminderStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Reminder> reminders(String platform) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select p.platform_user_id, u.plan_reminded_on, "
                    + prefixed(JdbcUserPrefsStore.COLUMNS) + " from user_prefs u join people p on p.id = u.person_id"
                    + " where p.platform = ? and u.plan_remind_at is not null and u.plan_interview_date is not null")) {
                ps.setString(1, platform);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Reminder> out = new ArrayList<>();
                    while (rs.next()) {
                        UserKey user = new UserKey(platform, rs.getString(1));
                        Optional<LocalDate> last = Optional.ofNullable(rs.getObject(2, LocalDate.class));
                        out.add(new Reminder(user, JdbcUserPrefsStore.prefs(rs, 2), last));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public boolean claim(UserKey user, LocalDate day) {
        return db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isPresent() && Rows.update(c, "update user_prefs set plan_reminded_on = ? where person_id = ?"
                    + " and (plan_reminded_on is null or plan_reminded_on < ?)", day, person.get(), day) == 1;
        });
    }

    @Override
    public void release(UserKey user, LocalDate day, Optional<LocalDate> previous) {
        db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isPresent() && Rows.update(c, "update user_prefs set plan_reminded_on = ? where person_id = ?"
                    + " and plan_reminded_on = ?", previous.orElse(null), person.get(), day) == 1;
        });
    }

    private static String prefixed(String columns) {
        StringBuilder sb = new StringBuilder();
        for (String col : columns.split(",")) {
            sb.append(sb.length() == 0 ? "" : ", ").append("u.").append(col.strip());
        }
        return sb.toString();
    }
}
