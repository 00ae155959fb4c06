package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.metrics.Metrics;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.core.reply.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily-question use cases: set a channel's schedule, turn it off, post now, describe it, and the
 * due-check the scheduler calls. Every post is claimed in the {@link DailyPostStore} before it is sent, so a
 * restart or a second process never posts the same slot twice; a send with an unknown outcome is looked up on the
 * platform and retried only when absent ({@link PostRepair}).
 *
 * <p>"Now" posts right away. The first post of a channel's local day fills that day's scheduled slot (so the
 * scheduler will not post again that day); a later "now" posts one extra question; a third is refused politely.
 */
public final class DailyService {
    private static final Logger log = LoggerFactory.getLogger(DailyService.class);
    private static final int MAX_SKIPPED_SLOTS = 8;

    private final DailySettingsStore settings;
    private final DailyPostStore posts;
    private final ChannelPoster poster;
    private final DailyPlanner planner;
    private final Clock clock;
    private final RandomGenerator random;
    private final PostRepair repair;
    private final java.util.function.Function<ChannelKey, Optional<dev.loopcoach.core.lp.LeadershipPrinciple>> focus;

    public DailyService(DailySettingsStore settings, DailyPostStore posts, ChannelPoster poster, QuestionBank bank,
                        Clock clock, RandomGenerator random, DailyConfig config) {
        this(settings, posts, poster, bank, clock, random, config, channel -> Optional.empty());
    }

    /**
     * @param focus a community's principle of the week, if it has one: its channels' questions ask about it while the bank
     *        has one on it
     */
    public DailyService(DailySettingsStore settings, DailyPostStore posts, ChannelPoster poster, QuestionBank bank,
                        Clock clock, RandomGenerator random, DailyConfig config,
                        java.util.function.Function<ChannelKey, Optional<dev.loopcoach.core.lp.LeadershipPrinciple>> focus) {
        this.focus = focus;
        this.settings = settings;
        this.posts = posts;
        this.poster = poster;
        this.planner = new DailyPlanner(bank, config.grace());
        this.clock = clock;
        this.random = random;
        this.repair = new PostRepair(posts, poster, planner, clock);
    }

    public DailyPlanner planner() {
        return planner;
    }

    /** Reads {@code <HH:MM> <timezone> [days] [topic]} and sets the schedule, or explains what was wrong. */
    public DailyResult set(ChannelKey channel, String arguments, String by) {
        ScheduleParse parsed = DailyScheduleParser.parse(arguments);
        if (parsed instanceof ScheduleParse.Invalid invalid) {
            return DailyResult.of(DailyResult.Outcome.INVALID, Reply.error(invalid.message()));
        }
        return set(channel, ((ScheduleParse.Valid) parsed).schedule(), by);
    }

    public DailyResult set(ChannelKey channel, DailySchedule schedule, String by) {
        if (planner.poolSize(schedule.rotation()) == 0) {
            return DailyResult.of(DailyResult.Outcome.NO_QUESTION, DailyView.noQuestion(schedule.rotation()));
        }
        Instant now = clock.now();
        DailySettings stored = new DailySettings(channel, schedule, true, now);
        settings.save(stored);
        log.info("daily schedule for {} set by {}: {}", channel, by, schedule.describe());
        return DailyResult.of(DailyResult.Outcome.SCHEDULE_SET, DailyView.scheduleSet(schedule, nextPost(stored, now)));
    }

    /**
     * Changes only the given parts of a channel's schedule. The rest comes from the channel's current settings,
     * else from another channel of the same workspace (moving the daily question keeps its time), else defaults.
     */
    public DailyResult set(ChannelKey channel, ScheduleChange change, String by) {
        Optional<DailySchedule> base = settings.find(channel).map(DailySettings::schedule)
                .or(() -> channelsIn(channel.platform(), channel.workspaceId()).stream().findFirst().map(DailySettings::schedule));
        return set(channel, change.applyTo(base), by);
    }

    /** The channels of a workspace that get daily questions (e.g. to find "the" daily channel of a Discord server). */
    public List<DailySettings> channelsIn(String platform, String workspaceId) {
        return settings.enabledIn(platform, workspaceId);
    }

    /** The channel's settings, if daily questions are on there. */
    public Optional<DailySettings> current(ChannelKey channel) {
        return settings.find(channel).filter(DailySettings::enabled);
    }

    public DailyResult off(ChannelKey channel, String by) {
        Optional<DailySettings> current = settings.find(channel).filter(DailySettings::enabled);
        if (current.isEmpty()) {
            return DailyResult.of(DailyResult.Outcome.TURNED_OFF, DailyView.alreadyOff());
        }
        settings.save(current.get().disabled(clock.now()));
        log.info("daily questions for {} turned off by {}", channel, by);
        return DailyResult.of(DailyResult.Outcome.TURNED_OFF, DailyView.off());
    }

    public DailyResult describe(ChannelKey channel) {
        Optional<DailySettings> current = settings.find(channel).filter(DailySettings::enabled);
        if (current.isEmpty()) {
            return DailyResult.of(DailyResult.Outcome.DESCRIBED, DailyView.notSet());
        }
        Instant now = clock.now();
        int posted = (int) posts.postedQuestions(channel).stream().filter(p -> p.status() == PostStatus.POSTED).count();
        return DailyResult.of(DailyResult.Outcome.DESCRIBED, DailyView.describe(current.get(), nextPost(current.get(), now), posted));
    }

    /** Posts a question right away (see the class comment for how it counts). */
    public DailyResult now(ChannelKey channel, String by) {
        NowRequest request = reserveNow(channel, by);
        return request instanceof NowRequest.Reserved reserved ? post(reserved) : ((NowRequest.Answered) request).result();
    }

    /**
     * The first half of "now": chooses today's question and claims the slot, so the post is written down before the
     * platform is acknowledged. {@link #post} sends it; a process that dies in between leaves a claim that
     * {@link PostRepair} sends once it is stale.
     */
    public NowRequest reserveNow(ChannelKey channel, String by) {
        if (!poster.serves(channel.platform())) {
            return new NowRequest.Answered(DailyResult.of(DailyResult.Outcome.POST_FAILED,
                    DailyView.postRefused("no " + channel.platform() + " bot runs here")));
        }
        Instant now = clock.now();
        Optional<DailySettings> current = settings.find(channel).filter(DailySettings::enabled);
        ZoneId zone = current.map(s -> s.schedule().zone()).orElse(ZoneOffset.UTC);
        Rotation rotation = current.map(s -> s.schedule().rotation()).orElse(Rotation.allPrinciples());
        LocalDate today = now.atZone(zone).toLocalDate();
        for (PostKind kind : PostKind.values()) {
            if (posts.find(channel, today, kind).isPresent()) {
                continue;
            }
            Claim claim = claim(channel, rotation, today, kind, now);
            if (claim instanceof Claim.Taken) {
                continue; // another process took this slot a moment ago; try the next kind
            }
            if (claim instanceof Claim.Refused refused) {
                return new NowRequest.Answered(refused.result());
            }
            log.info("daily 'now' for {} by {}: claimed {} {}", channel, by, today, kind);
            return new NowRequest.Reserved((Claim.Held) claim, current, now);
        }
        return new NowRequest.Answered(DailyResult.of(DailyResult.Outcome.ALREADY_POSTED, DailyView.alreadyPostedToday()));
    }

    /** The second half of "now": sends the reserved post and says what happened. */
    public DailyResult post(NowRequest.Reserved reserved) {
        Claim.Held held = reserved.claim();
        DailyResult result = send(held, true);
        log.info("daily 'now' for {}: {}", held.claim().channel(), result.outcome());
        if (result.outcome() != DailyResult.Outcome.POSTED || result.post().isEmpty()) {
            return result;
        }
        if (reserved.settings().isEmpty()) {
            return withReply(result, DailyView.postedNowUnscheduled(question(result)));
        }
        DailySchedule schedule = reserved.settings().get().schedule();
        LocalDate today = held.claim().localDate();
        Instant at = reserved.at();
        boolean coversToday = held.claim().kind() == PostKind.SCHEDULED && schedule.postsOn(today.getDayOfWeek())
                && DailyPlanner.slotOn(schedule, today).at().isAfter(at);
        return withReply(result, DailyView.postedNow(question(result), coversToday, nextPost(reserved.settings().get(), at)));
    }

    /** What {@link #reserveNow} did: a claimed post to send, or an answer with nothing to send. */
    public sealed interface NowRequest {
        record Reserved(Claim.Held claim, Optional<DailySettings> settings, Instant at) implements NowRequest {
        }

        record Answered(DailyResult result) implements NowRequest {
        }
    }

    /** Claiming one slot: held (the question is chosen and the claim written), taken by someone else, or refused. */
    public sealed interface Claim {
        record Held(PostClaim claim, Question question) implements Claim {
        }

        record Taken() implements Claim {
        }

        record Refused(DailyResult result) implements Claim {
        }
    }

    /**
     * The due-check: posts every channel whose slot is due now (or was missed but is still within the grace
     * window) and not yet claimed. Returns what happened for each channel it tried; one channel's failure
     * never stops the others.
     */
    public List<DailyResult> runDue(Instant now) {
        List<DailyResult> results = new ArrayList<>();
        try {
            repair.run(now).forEach(p -> results.add(new DailyResult(DailyResult.Outcome.POSTED, Reply.info("Posted."),
                    Optional.of(p))));
        } catch (RuntimeException e) {
            log.error("repairing unsettled daily posts failed", e);
        }
        for (DailySettings s : settings.enabled()) {
            if (!poster.serves(s.channel().platform())) {
                continue; // another process, running that platform's bot, posts there
            }
            try {
                Optional<Slot> due = planner.dueSlot(s, now);
                if (due.isEmpty() || posts.find(s.channel(), due.get().localDate(), PostKind.SCHEDULED).isPresent()) {
                    continue;
                }
                DailyResult r = publish(s.channel(), s.schedule().rotation(), due.get().localDate(), PostKind.SCHEDULED, now, false);
                log.info("daily post for {} on {} (due {}): {}", s.channel(), due.get().localDate(), due.get().due(), r.outcome());
                results.add(r);
            } catch (RuntimeException e) {
                log.error("daily due-check for {} failed", s.channel(), e);
            }
        }
        return results;
    }

    /**
     * When the next scheduled post of a channel this process serves falls due after {@code now}, if any: the scheduler
     * wakes at that instant instead of waiting for its next regular check.
     */
    public Optional<Instant> nextDue(Instant now) {
        Instant after = now.plusMillis(1);
        Optional<Instant> next = Optional.empty();
        for (DailySettings s : settings.enabled()) {
            if (!poster.serves(s.channel().platform())) {
                continue;
            }
            Instant at = planner.nextSlot(s.schedule(), after.isAfter(s.activeSince()) ? after : s.activeSince()).at();
            if (next.isEmpty() || at.isBefore(next.get())) {
                next = Optional.of(at);
            }
        }
        return next;
    }

    /** The next scheduled post that has not been claimed yet. */
    private ZonedDateTime nextPost(DailySettings s, Instant now) {
        Optional<Slot> due = planner.dueSlot(s, now);
        if (due.isPresent() && posts.find(s.channel(), due.get().localDate(), PostKind.SCHEDULED).isEmpty()) {
            return due.get().due();
        }
        Slot slot = planner.nextSlot(s.schedule(), now.isAfter(s.activeSince()) ? now : s.activeSince());
        for (int i = 0; i < MAX_SKIPPED_SLOTS && posts.find(s.channel(), slot.localDate(), PostKind.SCHEDULED).isPresent(); i++) {
            slot = planner.nextSlot(s.schedule(), slot.at().plusSeconds(1));
        }
        return slot.due();
    }

    private DailyResult publish(ChannelKey channel, Rotation rotation, LocalDate date, PostKind kind, Instant now,
                                boolean releaseOnRefusal) {
        Claim claim = claim(channel, rotation, date, kind, now);
        if (claim instanceof Claim.Held held) {
            return send(held, releaseOnRefusal);
        }
        return claim instanceof Claim.Refused refused ? refused.result()
                : DailyResult.of(DailyResult.Outcome.ALREADY_POSTED, DailyView.alreadyPostedToday());
    }

    private Claim claim(ChannelKey channel, Rotation scheduled, LocalDate date, PostKind kind, Instant now) {
        Rotation rotation = focus.apply(channel).<Rotation>map(Rotation.SinglePrinciple::new)
                .filter(r -> planner.poolSize(r) > 0).orElse(scheduled);
        Optional<DailyPlanner.Choice> choice = planner.choose(rotation, posts.postedQuestions(channel), random);
        if (choice.isEmpty()) {
            log.warn("no question for {} in {}", rotation.code(), channel);
            return new Claim.Refused(DailyResult.of(DailyResult.Outcome.NO_QUESTION, DailyView.noQuestion(rotation)));
        }
        DailyPlanner.Choice c = choice.get();
        PostClaim claim = new PostClaim(channel, date, kind, c.question().id(), c.target(), now);
        if (!posts.claim(claim)) {
            log.debug("{} {} {} already claimed", channel, date, kind);
            return new Claim.Taken();
        }
        log.debug("claimed {} {} {} for {} ({})", channel, date, kind, c.question().id(), c.why());
        return new Claim.Held(claim, c.question());
    }

    private DailyResult send(Claim.Held held, boolean releaseOnRefusal) {
        ChannelKey channel = held.claim().channel();
        LocalDate date = held.claim().localDate();
        PostKind kind = held.claim().kind();
        String ref;
        try {
            ref = poster.post(channel, DailyView.post(held.question(), date), PostKey.of(channel, date, kind));
        } catch (ChannelPoster.Rejected e) {
            log.warn("daily post to {} refused: {}", channel, e.reason());
            posts.markFailed(channel, date, kind, e.reason(), clock.now());
            Metrics.count(Metrics.Counter.DAILY_FAILED, channel.platform());
            if (releaseOnRefusal) {
                posts.release(channel, date, kind);
            }
            return new DailyResult(DailyResult.Outcome.POST_FAILED, DailyView.postRefused(e.reason()), posts.find(channel, date, kind));
        } catch (RuntimeException e) {
            log.warn("daily post to {} failed with an unknown outcome ({}); the repair will look it up and retry", channel, e.toString());
            posts.markFailed(channel, date, kind, DailyPostStore.UNKNOWN + "send failed: " + e.getClass().getSimpleName(),
                    clock.now());
            Metrics.count(Metrics.Counter.DAILY_FAILED, channel.platform());
            return new DailyResult(DailyResult.Outcome.POST_FAILED, DailyView.postUnknown(), posts.find(channel, date, kind));
        }
        try {
            posts.markPosted(channel, date, kind, ref, clock.now());
            Metrics.count(Metrics.Counter.DAILY_POSTED, channel.platform());
            return new DailyResult(DailyResult.Outcome.POSTED, Reply.info("Posted."), posts.find(channel, date, kind));
        } catch (RuntimeException e) {
            log.error("daily question posted to {} as {} but recording it failed; its thread will not be coached", channel, ref, e);
            return DailyResult.of(DailyResult.Outcome.POSTED, Reply.info("Posted."));
        }
    }

    private static DailyResult withReply(DailyResult r, Reply reply) {
        return new DailyResult(r.outcome(), reply, r.post());
    }

    private Question question(DailyResult r) {
        return planner.question(r.post().orElseThrow().questionId()).orElseThrow();
    }
}
