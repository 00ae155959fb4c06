package dev.loopcoach.core.together;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeBoardStore;
import dev.loopcoach.core.port.PracticeBoardStore.Member;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A community's opt-in practice board: members who join are shown with their practice days and streak, never a score
 * or a verdict; leaving removes them at once. Channels an admin turns it on in get a weekly shout-out on Monday at
 * {@link #POST_AT} in the channel's zone, for the week before, naming only members who joined and practised; it is
 * claimed once per channel and week across processes, so two instances never post it twice.
 */
public final class PracticeBoard {
    private static final Logger log = LoggerFactory.getLogger(PracticeBoard.class);
    public static final LocalTime POST_AT = LocalTime.of(9, 0);
    /** How many members a board or a shout-out lists; the rest are counted. */
    static final int SHOWN = 25;
    static final int NAME_LIMIT = 40;

    private final PracticeBoardStore store;
    private final PracticeLog practice;
    private final UserPrefsStore prefs;
    private final ChannelPoster poster;
    private final dev.loopcoach.core.port.DailySettingsStore daily;
    private final Clock clock;

    /** @param daily where a channel's daily questions are set up: the shout-out's week starts in the same zone */
    public PracticeBoard(PracticeBoardStore store, PracticeLog practice, UserPrefsStore prefs,
                         dev.loopcoach.core.port.DailySettingsStore daily, ChannelPoster poster, Clock clock) {
        this.store = store;
        this.daily = daily;
        this.practice = practice;
        this.prefs = prefs;
        this.poster = poster;
        this.clock = clock;
    }

    /** Puts the person on their community's board under {@code displayName} (mentions and markup removed). */
    public Reply join(Community community, UserKey user, String displayName) {
        String name = BoardView.plainName(displayName, NAME_LIMIT);
        store.join(new Member(community.platform(), community.id(), user, name, clock.now()));
        return BoardView.joined(name);
    }

    public Reply leave(Community community, UserKey user) {
        return BoardView.left(store.leave(community.platform(), community.id(), user));
    }

    /** The board on demand: members who opted in, with their practice days in the last 7 days and their streak. */
    public Reply board(Community community, UserKey asking) {
        Instant now = clock.now();
        List<Member> members = store.members(community.platform(), community.id());
        boolean onIt = members.stream().anyMatch(m -> m.user().equals(asking));
        List<Standing> standings = members.stream().map(m -> standing(m, now, null)).sorted(ORDER).toList();
        return BoardView.board(standings, onIt);
    }

    /**
     * An admin turns the weekly shout-out on or off in a channel; it posts in the zone of the channel's daily questions
     * (UTC when it has none).
     */
    public Reply shoutOut(ChannelKey channel, boolean on) {
        ZoneId z = daily.find(channel).map(s -> s.schedule().zone()).orElse(ZoneId.of("UTC"));
        store.shoutOut(channel, on ? Optional.of(z) : Optional.empty());
        return on ? BoardView.shoutOutOn(z, nextShoutOut(clock.now(), z)) : BoardView.shoutOutOff();
    }

    /**
     * The weekly pass: every channel whose Monday post time has come this week and whose week nobody claimed yet gets
     * the past week's shout-out (nothing when no member practised). Returns how many were posted. Never throws for one
     * channel's failure.
     */
    public int runWeekly(Instant now) {
        int posted = 0;
        List<PracticeBoardStore.ShoutOutChannel> channels;
        try {
            channels = store.shoutOutChannels();
        } catch (RuntimeException e) {
            log.warn("weekly shout-outs skipped: {}", e.toString());
            return 0;
        }
        for (PracticeBoardStore.ShoutOutChannel c : channels) {
            if (!poster.serves(c.channel().platform())) {
                continue;
            }
            try {
                if (shoutOutIfDue(c, now)) {
                    posted++;
                }
            } catch (RuntimeException e) {
                log.warn("weekly shout-out in {} failed: {}", c.channel(), e.toString());
            }
        }
        return posted;
    }

    private boolean shoutOutIfDue(PracticeBoardStore.ShoutOutChannel c, Instant now) {
        ZonedDateTime local = now.atZone(c.zone());
        if (local.getDayOfWeek() != DayOfWeek.MONDAY || local.toLocalTime().isBefore(POST_AT)) {
            return false;
        }
        LocalDate monday = local.toLocalDate();
        if (!store.claimWeek(c.channel(), monday, now)) {
            return false;
        }
        LocalDate from = monday.minusDays(7);
        List<Standing> practised = store.members(c.channel().platform(), c.channel().workspaceId()).stream()
                .map(m -> standing(m, now, from)).filter(s -> s.days() > 0).sorted(ORDER).toList();
        if (practised.isEmpty()) {
            log.info("weekly shout-out in {} for the week of {}: nobody on the board practised", c.channel(), from);
            return false;
        }
        try {
            poster.announce(c.channel(), BoardView.weekly(from, monday.minusDays(1), practised));
        } catch (ChannelPoster.Rejected e) {
            log.warn("weekly shout-out in {} refused: {}", c.channel(), e.reason());
            return false;
        }
        log.info("weekly shout-out in {} for the week of {}: {} members", c.channel(), from, practised.size());
        return true;
    }

    /** When the next shout-out in {@code zone} is due after {@code now}. */
    static ZonedDateTime nextShoutOut(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        while (day.getDayOfWeek() != DayOfWeek.MONDAY || !day.atTime(POST_AT).atZone(zone).isAfter(local)) {
            day = day.plusDays(1);
        }
        return day.atTime(POST_AT).atZone(zone);
    }

    /**
     * One member's days: practice days from {@code from} for seven days (the last seven days when null), counted in
     * their own zone, and the streak as of now.
     */
    private Standing standing(Member m, Instant now, LocalDate from) {
        ZoneId zone = prefs.get(m.user()).zone().orElse(ZoneOffset.UTC);
        var entries = practice.entries(m.user());
        LocalDate first = from != null ? from : now.atZone(zone).toLocalDate().minusDays(6);
        LocalDate last = first.plusDays(6);
        long days = entries.stream().filter(e -> !e.skipped()).map(e -> e.at().atZone(zone).toLocalDate())
                .filter(d -> !d.isBefore(first) && !d.isAfter(last)).distinct().count();
        int streak = dev.loopcoach.core.progress.ProgressReport.streak(entries, now, zone);
        return new Standing(m.displayName(), (int) days, streak);
    }

    /** Most practice days first, then the longer streak, then by name: a stable order people can read. */
    private static final Comparator<Standing> ORDER = Comparator.comparingInt(Standing::days).reversed()
            .thenComparing(Comparator.comparingInt(Standing::streak).reversed())
            .thenComparing(Standing::name, String.CASE_INSENSITIVE_ORDER);

    /** What the board shows of one member: days and a streak, nothing else. */
    public record Standing(String name, int days, int streak) {
    }

    /** A Slack workspace or a Discord server: where a board lives. */
    public record Community(String platform, String id) {
        public Community {
            java.util.Objects.requireNonNull(platform, "platform");
            java.util.Objects.requireNonNull(id, "id");
        }
    }
}
