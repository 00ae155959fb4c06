package dev.loopcoach.storage;

import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Key/value settings per platform, workspace and channel. */
final class JdbcChannelSettingsStore implements ChannelSettingsStore {
    private static final String WHERE_CHANNEL = " where platform = ? and workspace = ? and channel = ?";

    private final Database db;
    private final Clock clock;

    JdbcChannelSettingsStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Map<String, String> settings(ChannelKey channel) {
        return db.read(c -> {
            try (PreparedStatement ps = bind(c, "select setting_name, setting_value from channel_settings" + WHERE_CHANNEL, channel)) {
                Map<String, String> out = new TreeMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return Map.copyOf(out);
            }
        });
    }

    @Override
    public Optional<String> get(ChannelKey channel, String name) {
        ChannelSettingsStore.checkName(name);
        return db.read(c -> {
            try (PreparedStatement ps = bind(c, "select setting_value from channel_settings" + WHERE_CHANNEL
                    + " and setting_name = ?", channel)) {
                ps.setString(4, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(ChannelKey channel, String name, String value) {
        ChannelSettingsStore.checkName(name);
        ChannelSettingsStore.checkValue(value);
        OffsetDateTime now = OffsetDateTime.ofInstant(Rows.micros(clock.now()), ZoneOffset.UTC);
        db.write(c -> {
            // update first; insert when missing; update again if another process inserted in between
            if (updated(c, channel, name, value, now)) {
                return true;
            }
            if (Rows.update(c, "insert into channel_settings (platform, workspace, channel, setting_name, setting_value, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                    channel.platform(), channel.workspace(), channel.channel(), name, value, now) == 1) {
                return true;
            }
            return updated(c, channel, name, value, now);
        });
    }

    @Override
    public boolean remove(ChannelKey channel, String name) {
        ChannelSettingsStore.checkName(name);
        return db.write(c -> Rows.update(c, "delete from channel_settings" + WHERE_CHANNEL + " and setting_name = ?",
                channel.platform(), channel.workspace(), channel.channel(), name) == 1);
    }

    private static boolean updated(Connection c, ChannelKey channel, String name, String value, OffsetDateTime now)
            throws SQLException {
        return Rows.update(c, "update channel_settings set setting_value = ?, updated_at = ?" + WHERE_CHANNEL
                + " and setting_name = ?", value, now, channel.platform(), channel.workspace(), channel.channel(), name) == 1;
    }

    private static PreparedStatement bind(Connection c, String sql, ChannelKey channel) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, channel.platform());
        ps.setString(2, channel.workspace());
        ps.setString(3, channel.channel());
        return ps;
    }
}
