package dev.loopcoach.core.together;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeBoardStore;
import dev.loopcoach.core.port.PracticeBoardStore.Member;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.StoryStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coach's view for bootcamps and study groups: members who consent (per community, withdrawn at once) are shown to
 * the community's admins with their answers this week, when they last practised, their weakest principles and the
 * principles their story bank lacks, and who has stalled; with a coverage table of the principles the group practised
 * this week. Admins can set a principle of the week that the community's daily questions then ask about.
 */
public final class CoachView {
    /** A workspace-wide setting: the principle of the week (its slug). */
    public static final String FOCUS = "principle-of-the-week";
    /** The community's named coaches: platform ids of people (Slack) or of a role (Discord), comma-separated. */
    public static final String COACHES = "named-coaches";
    private static final int MAX_COACHES = 25;
    static final Duration STALLED = Duration.ofDays(7);
    static final int SHOWN = 25;

    private final PracticeBoardStore consents;
    private final PracticeLog practice;
    private final StoryStore stories;
    private final UserPrefsStore prefs;
    private final ChannelSettingsStore settings;
    private final Clock clock;
    private final dev.loopcoach.core.port.ChannelPoster poster;

    public CoachView(PracticeBoardStore consents, PracticeLog practice, StoryStore stories, UserPrefsStore prefs,
                     ChannelSettingsStore settings, Clock clock) {
        this(consents, practice, stories, prefs, settings, clock, (channel, question) -> {
            throw new dev.loopcoach.core.port.ChannelPoster.Rejected("no poster connected");
        });
    }

    /** @param poster posts the coaches' weekly digest (a plain announcement) */
    public CoachView(PracticeBoardStore consents, PracticeLog practice, StoryStore stories, UserPrefsStore prefs,
                     ChannelSettingsStore settings, Clock clock, dev.loopcoach.core.port.ChannelPoster poster) {
        this.consents = consents;
        this.practice = practice;
        this.stories = stories;
        this.prefs = prefs;
        this.settings = settings;
        this.clock = clock;
        this.poster = poster;
    }

    /**
     * An admin turns the coaches' weekly digest on or off in a channel (meant for a coaches' channel): every Monday at
     * 09:00 UTC it gets this view of the members who share their practice.
     */
    public Reply digest(dev.loopcoach.core.daily.ChannelKey channel, boolean on) {
        consents.digest(channel, on ? Optional.of(ZoneOffset.UTC) : Optional.empty());
        return Reply.info(on ? "The coaches' weekly digest is on in this channel: every Monday at 09:00 UTC it gets the coach's "
                + "view of the members who share their practice. Post it in a channel only coaches can read."
                : "The coaches' weekly digest is off in this channel.");
    }

    /**
     * The weekly pass: each digest channel whose Monday 09:00 has come gets this week's view once (claimed across
     * processes). Returns how many were posted; one channel's failure never stops the others.
     */
    public int runWeekly(Instant now) {
        int posted = 0;
        for (PracticeBoardStore.ShoutOutChannel c : consents.digestChannels()) {
            if (!poster.serves(c.channel().platform())) {
                continue;
            }
            java.time.ZonedDateTime local = now.atZone(c.zone());
            if (local.getDayOfWeek() != java.time.DayOfWeek.MONDAY || local.toLocalTime().isBefore(PracticeBoard.POST_AT)) {
                continue;
            }
            dev.loopcoach.core.daily.ChannelKey claimKey = new dev.loopcoach.core.daily.ChannelKey(c.channel().platform(),
                    c.channel().workspaceId(), "digest:" + c.channel().channelId());
            try {
                if (consents.claimWeek(claimKey, local.toLocalDate(), now)) {
                    poster.announce(c.channel(), report(new PracticeBoard.Community(c.channel().platform(),
                            c.channel().workspaceId())));
                    posted++;
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CoachView.class).warn("coaches' digest in {} failed: {}", c.channel(),
                        e.toString());
            }
        }
        return posted;
    }

    /** A member lets (or stops letting) this community's coaches see their practice. */
    public Reply share(PracticeBoard.Community community, UserKey user, String displayName, boolean on) {
        if (on) {
            consents.consent(new Member(community.platform(), community.id(), user, BoardView.plainName(displayName, 40),
                    clock.now()));
            return Reply.info("This community's coaches can now see your practice: answers per week, when you last "
                    + "practised, your weakest principles and the gaps in your story bank (never your answers' text). Stop "
                    + "sharing any time; it takes effect at once.");
        }
        return Reply.info(consents.withdrawConsent(community.platform(), community.id(), user)
                ? "You stopped sharing your practice with this community's coaches." : "You weren't sharing, so nothing changed.");
    }

    /** The report for the community's coaches: consenting members only. */
    public Reply report(PracticeBoard.Community community) {
        Instant now = clock.now();
        List<Member> members = consents.consenting(community.platform(), community.id());
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Coach's view: the last 7 days");
        focus(community).ifPresent(lp -> b.paragraph("Principle of the week: " + lp.displayName() + "."));
        if (members.isEmpty()) {
            return b.paragraph("No member shares their practice with coaches yet. Members opt in themselves; only those who "
                    + "do appear here.").build();
        }
        Map<LeadershipPrinciple, Integer> coverage = new EnumMap<>(LeadershipPrinciple.class);
        List<String> lines = new ArrayList<>();
        List<String> stalled = new ArrayList<>();
        for (Member m : members) {
            ZoneId zone = prefs.get(m.user()).zone().orElse(ZoneOffset.UTC);
            List<PracticeEntry> entries = practice.entries(m.user());
            List<PracticeEntry> week = entries.stream().filter(e -> !e.skipped() && e.at().isAfter(now.minus(Duration.ofDays(7))))
                    .toList();
            week.forEach(e -> e.targeted().forEach(lp -> coverage.merge(lp, 1, Integer::sum)));
            Optional<Instant> last = entries.stream().filter(e -> !e.skipped()).map(PracticeEntry::at).max(Instant::compareTo);
            if (last.isEmpty() || last.get().isBefore(now.minus(STALLED))) {
                stalled.add(m.displayName());
            }
            if (lines.size() < SHOWN) {
                lines.add(m.displayName() + ": " + week.size() + (week.size() == 1 ? " answer" : " answers") + ", last practised "
                        + last.map(t -> t.atZone(zone).toLocalDate().toString()).orElse("never") + "; weakest: "
                        + weakest(entries) + "; story gaps: " + gaps(m.user()));
            }
        }
        b.bullets("Members who share their practice (" + members.size() + ")", lines);
        b.bullets("Principles practised this week (answers)", coverage(coverage));
        b.paragraph(stalled.isEmpty() ? "Nobody has stalled: everyone practised in the last 7 days."
                : "Stalled (nothing in 7 days): " + String.join(", ", stalled) + ".");
        return b.build();
    }

    /**
     * An admin names (or stops naming) a coach: a person or a role id, {@code shownAs} as plain text. Named coaches see
     * the coach's view, set the principle of the week and the digest, like admins; only admins name them.
     */
    public Reply nameCoach(PracticeBoard.Community community, String ref, String shownAs, boolean on) {
        ChannelSettingsStore.ChannelKey key = ChannelSettingsStore.ChannelKey.workspaceWide(community.platform(), community.id());
        java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>(coaches(community));
        String name = BoardView.plainName(shownAs, 40);
        if (on && !named.contains(ref) && named.size() >= MAX_COACHES) {
            return Reply.error("This community already has " + MAX_COACHES + " named coaches. Remove one first.");
        }
        boolean changed = on ? named.add(ref) : named.remove(ref);
        if (named.isEmpty()) {
            settings.remove(key, COACHES);
        } else {
            settings.put(key, COACHES, String.join(",", named));
        }
        if (!changed) {
            return Reply.info(on ? name + " is already a named coach here." : name + " was not a named coach here.");
        }
        return Reply.info(on ? name + " is now a named coach: they see the coach's view of members who share, and can set "
                + "the principle of the week and the digest." : name + " is no longer a named coach here.");
    }

    /** The refs (people or roles) named as coaches in the community. */
    public List<String> coaches(PracticeBoard.Community community) {
        return settings.get(ChannelSettingsStore.ChannelKey.workspaceWide(community.platform(), community.id()), COACHES)
                .map(v -> java.util.Arrays.stream(v.split(",")).filter(x -> !x.isBlank()).toList()).orElse(List.of());
    }

    /** Whether any of a member's refs (their id, their roles' ids) is a named coach of the community. */
    public boolean isCoach(PracticeBoard.Community community, java.util.Collection<String> refs) {
        List<String> named = coaches(community);
        return refs.stream().anyMatch(named::contains);
    }

    /** Sets (or clears) the community's principle of the week; the daily questions favour it. */
    public Reply setFocus(PracticeBoard.Community community, Optional<LeadershipPrinciple> lp) {
        ChannelSettingsStore.ChannelKey key = ChannelSettingsStore.ChannelKey.workspaceWide(community.platform(), community.id());
        if (lp.isEmpty()) {
            settings.remove(key, FOCUS);
            return Reply.info("No principle of the week: daily questions rotate as scheduled.");
        }
        settings.put(key, FOCUS, lp.get().slug() + "@" + weekOf(clock.now()));
        return Reply.info("Principle of the week: " + lp.get().displayName() + ". Until Sunday, this community's daily "
                + "questions ask about it (where the bank has one), and the coach's view leads with it.");
    }

    /**
     * The principle of the week of a community whose coaches the person shares their practice with (the first such
     * community that set one), for their prep plan.
     */
    public static java.util.function.Function<UserKey, Optional<LeadershipPrinciple>> weekFocus(
            dev.loopcoach.core.port.PracticeBoardStore consents, ChannelSettingsStore settings, Clock clock) {
        return user -> consents.consents(user).stream()
                .map(m -> focusOf(settings, new PracticeBoard.Community(m.platform(), m.community()), clock.now()))
                .flatMap(Optional::stream).findFirst();
    }

    /** The principle of the week, while its week lasts. */
    public Optional<LeadershipPrinciple> focus(PracticeBoard.Community community) {
        return focusOf(settings, community, clock.now());
    }

    private static Optional<LeadershipPrinciple> focusOf(ChannelSettingsStore settings, PracticeBoard.Community community,
                                                         Instant now) {
        return settings.get(ChannelSettingsStore.ChannelKey.workspaceWide(community.platform(), community.id()), FOCUS)
                .filter(v -> v.endsWith("@" + weekOf(now)))
                .flatMap(v -> LeadershipPrinciple.parse(v.substring(0, v.indexOf('@'))));
    }

    private static LocalDate weekOf(Instant at) {
        LocalDate d = at.atZone(ZoneOffset.UTC).toLocalDate();
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
    }

    private static String weakest(List<PracticeEntry> entries) {
        Map<LeadershipPrinciple, double[]> sums = new EnumMap<>(LeadershipPrinciple.class);
        for (PracticeEntry e : entries) {
            e.votes().forEach((lp, v) -> {
                double[] s = sums.computeIfAbsent(lp, k -> new double[2]);
                s[0] += v.score();
                s[1]++;
            });
        }
        if (sums.isEmpty()) {
            return "not enough answers yet";
        }
        return sums.entrySet().stream().sorted(Map.Entry.comparingByValue((a, c) -> Double.compare(a[0] / a[1], c[0] / c[1])))
                .limit(2).map(e -> e.getKey().displayName() + " (" + Vote.fromAverage(e.getValue()[0] / e.getValue()[1]).label() + ")")
                .reduce((x, y) -> x + ", " + y).orElse("");
    }

    private String gaps(UserKey user) {
        java.util.Set<LeadershipPrinciple> covered = java.util.EnumSet.noneOf(LeadershipPrinciple.class);
        stories.list(user).forEach(s -> covered.addAll(s.lps()));
        int missing = LeadershipPrinciple.values().length - covered.size();
        return missing == 0 ? "none" : missing + " of 16 principles without a story";
    }

    private static List<String> coverage(Map<LeadershipPrinciple, Integer> coverage) {
        List<String> out = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            int n = coverage.getOrDefault(lp, 0);
            out.add(lp.displayName() + ": " + (n == 0 ? "none" : "\u2588".repeat(Math.min(n, 20)) + " " + n));
        }
        return out;
    }
}
