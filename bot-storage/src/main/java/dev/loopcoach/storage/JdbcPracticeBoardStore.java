package dev.loopcoach.storage;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.PracticeBoardStore;
import dev.loopcoach.core.port.UserKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The practice board's members, shout-out channels and claimed weeks. A week is claimed by inserting its row: the
 * primary key lets exactly one of several processes win.
 */
final class JdbcPracticeBoardStore implements PracticeBoardStore {
    private static final String BOARD = "board_members";
    private static final String COACHES = "coach_consents";

    private final Database db;

    JdbcPracticeBoardStore(Database db) {
        this.db = db;
    }

    private static String memberColumns(String table) {
        return "b.platform, b.community, p.platform, p.platform_user_id, b.display_name, b.joined_at from " + table
                + " b join people p on p.id = b.person_id";
    }

    @Override
    public void join(Member m) {
        add(BOARD, m);
    }

    @Override
    public void consent(Member m) {
        add(COACHES, m);
    }

    @Override
    public boolean withdrawConsent(String platform, String community, UserKey user) {
        return remove(COACHES, platform, community, user);
    }

    @Override
    public List<Member> consenting(String platform, String community) {
        return list(COACHES, platform, community);
    }

    private void add(String table, Member m) {
        db.write(c -> {
            long person = Rows.personIdCreating(c, m.user(), m.joinedAt());
            if (Rows.update(c, "update " + table + " set display_name = ? where platform = ? and community = ? and person_id = ?",
                    m.displayName(), m.platform(), m.community(), person) == 1) {
                return true;
            }
            return Rows.update(c, "insert into " + table + " (platform, community, person_id, display_name, joined_at)"
                    + " values (?, ?, ?, ?, ?) on conflict do nothing", m.platform(), m.community(), person, m.displayName(),
                    Rows.micros(m.joinedAt()).atOffset(ZoneOffset.UTC)) == 1;
        });
    }

    @Override
    public boolean leave(String platform, String community, UserKey user) {
        return remove(BOARD, platform, community, user);
    }

    private boolean remove(String table, String platform, String community, UserKey user) {
        return db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isPresent() && Rows.update(c, "delete from " + table + " where platform = ? and community = ?"
                    + " and person_id = ?", platform, community, person.get()) == 1;
        });
    }

    @Override
    public List<Member> members(String platform, String community) {
        return list(BOARD, platform, community);
    }

    private List<Member> list(String table, String platform, String community) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + memberColumns(table)
                    + " where b.platform = ? and b.community = ? order by b.joined_at, p.platform_user_id")) {
                ps.setString(1, platform);
                ps.setString(2, community);
                return members(ps);
            }
        });
    }

    @Override
    public List<Member> memberships(UserKey user) {
        return db.read(c -> load(c, user));
    }

    @Override
    public List<Member> consents(UserKey user) {
        return db.read(c -> loadConsents(c, user));
    }

    /** The person's memberships, inside a transaction the caller holds (the data export). */
    static List<Member> load(Connection c, UserKey user) throws SQLException {
        return load(c, user, BOARD);
    }

    /** The communities whose coaches may see the person's practice, inside the caller's transaction. */
    static List<Member> loadConsents(Connection c, UserKey user) throws SQLException {
        return load(c, user, COACHES);
    }

    private static List<Member> load(Connection c, UserKey user, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + memberColumns(table)
                + " where p.platform = ? and p.platform_user_id = ? order by b.joined_at")) {
            ps.setString(1, user.platform());
            ps.setString(2, user.userId());
            return members(ps);
        }
    }

    @Override
    public int forget(UserKey user) {
        return db.write(c -> {
            Optional<Long> person = Rows.personId(c, user);
            return person.isEmpty() ? 0 : Rows.update(c, "delete from board_members where person_id = ?", person.get())
                    + Rows.update(c, "delete from coach_consents where person_id = ?", person.get());
        });
    }

    @Override
    public void shoutOut(ChannelKey channel, Optional<ZoneId> zoneWhenOn) {
        setChannel("shoutout_channels", channel, zoneWhenOn);
    }

    @Override
    public List<ShoutOutChannel> shoutOutChannels() {
        return channels("shoutout_channels");
    }

    @Override
    public void digest(ChannelKey channel, Optional<ZoneId> zoneWhenOn) {
        setChannel("coach_digest_channels", channel, zoneWhenOn);
    }

    @Override
    public List<ShoutOutChannel> digestChannels() {
        return channels("coach_digest_channels");
    }

    private void setChannel(String table, ChannelKey channel, Optional<ZoneId> zoneWhenOn) {
        db.write(c -> {
            Rows.update(c, "delete from " + table + " where platform = ? and workspace = ? and channel = ?",
                    channel.platform(), channel.workspaceId(), channel.channelId());
            if (zoneWhenOn.isPresent()) {
                Rows.update(c, "insert into " + table + " (platform, workspace, channel, zone) values (?, ?, ?, ?)",
                        channel.platform(), channel.workspaceId(), channel.channelId(), zoneWhenOn.get().getId());
            }
            return true;
        });
    }

    private List<ShoutOutChannel> channels(String table) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select platform, workspace, channel, zone from " + table
                    + " order by platform, workspace, channel");
                 ResultSet rs = ps.executeQuery()) {
                List<ShoutOutChannel> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ShoutOutChannel(new ChannelKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            ZoneId.of(rs.getString(4))));
                }
                return out;
            }
        });
    }

    @Override
    public boolean claimWeek(ChannelKey channel, LocalDate monday, Instant at) {
        return db.write(c -> Rows.update(c, "insert into shoutout_weeks (platform, workspace, channel, week_start, claimed_at)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing", channel.platform(), channel.workspaceId(),
                channel.channelId(), monday, Rows.micros(at).atOffset(ZoneOffset.UTC)) == 1);
    }

    private static List<Member> members(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Member> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Member(rs.getString(1), rs.getString(2), new UserKey(rs.getString(3), rs.getString(4)),
                        rs.getString(5), Rows.getInstant(rs, "joined_at")));
            }
            return out;
        }
    }
}
