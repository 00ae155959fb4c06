package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.port.DailyPostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles daily posts left unsettled: a send whose outcome was unknown (a 5xx, a timeout) or a claim whose process
 * died before it recorded the result. Each is taken over by one process, looked up on the platform by its
 * {@link PostKey} and marked posted when it is there, or sent again (with the same key) when it is not; an unknown
 * outcome is retried with a backoff that grows with the post's age, until the repair window closes. Then it is given
 * up and marked failed, so no row stays claimed.
 */
final class PostRepair {
    private static final Logger log = LoggerFactory.getLogger(PostRepair.class);

    /** A claim untouched this long belongs to a process that died: no send takes that long, rate limits included. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(3);
    /** The shortest wait between two tries of one post; it grows to a quarter of the post's age. */
    static final Duration MIN_BACKOFF = Duration.ofMinutes(1);
    /** A post is repaired at most this long after its claim (a late question is still worth it; a day-old one not). */
    static final Duration WINDOW = Duration.ofHours(3);
    /** How far back unsettled rows are found: past the window, so the late ones are given up and none stays claimed. */
    static final Duration LOOK_BACK = Duration.ofDays(2);
    static final String GAVE_UP = "gave up after retries: ";

    private final DailyPostStore posts;
    private final ChannelPoster poster;
    private final DailyPlanner planner;
    private final Clock clock;

    PostRepair(DailyPostStore posts, ChannelPoster poster, DailyPlanner planner, Clock clock) {
        this.posts = posts;
        this.poster = poster;
        this.planner = planner;
        this.clock = clock;
    }

    /** One pass over the unsettled posts of the platforms this process serves; returns the posts it settled. */
    List<DailyPost> run(Instant now) {
        List<DailyPost> settled = new ArrayList<>();
        for (DailyPost p : posts.unsettled(now.minus(LOOK_BACK))) {
            if (!poster.serves(p.channel().platform())) {
                continue;
            }
            try {
                if (posts.retake(p.id(), quietSince(p, now), now)) {
                    settle(p, now).ifPresent(settled::add);
                }
            } catch (RuntimeException e) {
                log.warn("repairing the daily post {} of {} failed: {}", p.id(), p.channel(), e.toString());
            }
        }
        settled.forEach(p -> dev.loopcoach.core.metrics.Metrics.count(dev.loopcoach.core.metrics.Metrics.Counter.DAILY_REPAIRED,
                p.channel().platform()));
        return settled;
    }

    /** How long the row must have been left alone: a live claimer is never overtaken, a failed send waits its backoff. */
    static Instant quietSince(DailyPost p, Instant now) {
        if (p.status() == PostStatus.CLAIMED) {
            return now.minus(STALE_CLAIM);
        }
        Duration age = Duration.between(p.claimedAt(), now);
        Duration backoff = age.dividedBy(4);
        return now.minus(backoff.compareTo(MIN_BACKOFF) > 0 ? backoff : MIN_BACKOFF);
    }

    private Optional<DailyPost> settle(DailyPost p, Instant now) {
        String key = PostKey.of(p);
        ChannelPoster.Lookup found = poster.find(p.channel(), key, p.claimedAt().minus(Duration.ofMinutes(1)));
        if (found instanceof ChannelPoster.Lookup.Found f) {
            log.info("daily post {} for {} on {} was posted after all (message {}); recorded", p.id(), p.channel(),
                    p.localDate(), f.messageRef());
            posts.markPosted(p.channel(), p.localDate(), p.kind(), f.messageRef(), clock.now());
            return posts.find(p.channel(), p.localDate(), p.kind());
        }
        boolean late = now.isAfter(p.claimedAt().plus(WINDOW));
        if (found instanceof ChannelPoster.Lookup.Unknown u) {
            fail(p, (late ? GAVE_UP : DailyPostStore.UNKNOWN) + "could not look it up: " + u.why());
            return Optional.empty();
        }
        if (late) {
            fail(p, GAVE_UP + "not in the channel");
            return Optional.empty();
        }
        Optional<Question> question = planner.question(p.questionId());
        if (question.isEmpty()) {
            fail(p, GAVE_UP + "question " + p.questionId().value() + " is no longer in the bank");
            return Optional.empty();
        }
        try {
            String ref = poster.post(p.channel(), DailyView.post(question.get(), p.localDate()), key);
            posts.markPosted(p.channel(), p.localDate(), p.kind(), ref, clock.now());
            log.info("daily post {} for {} on {} sent again as {}", p.id(), p.channel(), p.localDate(), ref);
            return posts.find(p.channel(), p.localDate(), p.kind());
        } catch (ChannelPoster.Rejected e) {
            fail(p, e.reason());
        } catch (RuntimeException e) {
            fail(p, DailyPostStore.UNKNOWN + "send failed: " + e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    private void fail(DailyPost p, String reason) {
        dev.loopcoach.core.metrics.Metrics.count(dev.loopcoach.core.metrics.Metrics.Counter.DAILY_FAILED, p.channel().platform());
        log.warn("daily post {} for {} on {} not settled: {}", p.id(), p.channel(), p.localDate(), reason);
        posts.markFailed(p.channel(), p.localDate(), p.kind(), reason, clock.now());
    }
}
