package dev.loopcoach.storage;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.daily.Days;
import dev.loopcoach.core.daily.Rotation;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.DailySettingsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily settings, one row per channel. A row that no longer reads (e.g. a zone id dropped from the JDK) is skipped with a warning. */
final class JdbcDailySettingsStore implements DailySettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDailySettingsStore.class);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String COLUMNS = "platform, workspace, channel, post_time, zone, days, rotation, enabled, active_since";

    private final Database db;
    private final Clock clock;

    JdbcDailySettingsStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<DailySettings> find(ChannelKey channel) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_settings"
                    + " where platform = ? and workspace = ? and channel = ?")) {
                bindChannel(ps, 1, channel);
                return list(ps).stream().findFirst();
            }
        });
    }

    @Override
    public void save(DailySettings s) {
        db.write(c -> {
            // update first; insert when missing; update again if another process inserted in between
            if (update(c, s) == 1) {
                return true;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into daily_settings (" + COLUMNS + ", updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
                bindChannel(ps, 1, s.channel());
                bindSchedule(ps, 4, s.schedule());
                ps.setBoolean(8, s.enabled());
                Rows.setInstant(ps, 9, s.activeSince());
                Rows.setInstant(ps, 10, clock.now());
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            return update(c, s) == 1;
        });
    }

    private int update(Connection c, DailySettings s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update daily_settings set post_time = ?, zone = ?, days = ?, rotation = ?,"
                + " enabled = ?, active_since = ?, updated_at = ? where platform = ? and workspace = ? and channel = ?")) {
            bindSchedule(ps, 1, s.schedule());
            ps.setBoolean(5, s.enabled());
            Rows.setInstant(ps, 6, s.activeSince());
            Rows.setInstant(ps, 7, clock.now());
            bindChannel(ps, 8, s.channel());
            return ps.executeUpdate();
        }
    }

    @Override
    public List<DailySettings> enabled() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_settings where enabled = true")) {
                return list(ps);
            }
        });
    }

    @Override
    public List<DailySettings> enabledIn(String platform, String workspaceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from daily_settings"
                    + " where enabled = true and platform = ? and workspace = ? order by channel")) {
                ps.setString(1, platform);
                ps.setString(2, workspaceId);
                return list(ps);
            }
        });
    }

    static void bindChannel(PreparedStatement ps, int first, ChannelKey channel) throws SQLException {
        ps.setString(first, channel.platform());
        ps.setString(first + 1, channel.workspaceId());
        ps.setString(first + 2, channel.channelId());
    }

    private static void bindSchedule(PreparedStatement ps, int first, DailySchedule s) throws SQLException {
        ps.setString(first, HH_MM.format(s.time()));
        ps.setString(first + 1, s.zone().getId());
        ps.setString(first + 2, Days.code(s.days()));
        ps.setString(first + 3, s.rotation().code());
    }

    private static List<DailySettings> list(PreparedStatement ps) throws SQLException {
        List<DailySettings> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ChannelKey channel = new ChannelKey(rs.getString("platform"), rs.getString("workspace"), rs.getString("channel"));
                String days = rs.getString("days");
                String rotation = rs.getString("rotation");
                try {
                    DailySchedule schedule = new DailySchedule(
                            LocalTime.parse(rs.getString("post_time"), HH_MM),
                            ZoneId.of(rs.getString("zone")),
                            Days.parse(days).orElseThrow(() -> new IllegalArgumentException("unknown days " + days)),
                            Rotation.fromCode(rotation).orElseThrow(() -> new IllegalArgumentException("unknown rotation " + rotation)));
                    out.add(new DailySettings(channel, schedule, rs.getBoolean("enabled"), Rows.getInstant(rs, "active_since")));
                } catch (DateTimeException | IllegalArgumentException e) {
                    LOG.warn("daily settings of {} cannot be read and are ignored: {}", channel, e.getMessage());
                }
            }
        }
        return out;
    }
}
