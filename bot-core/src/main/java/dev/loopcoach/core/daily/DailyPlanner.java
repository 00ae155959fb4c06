package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The daily engine's decisions, free of storage and platforms: when a schedule's posts are due, whether a late
 * post may still go out, and which question a channel gets next.
 *
 * <p>Local times become instants through {@link ZonedDateTime#of}: a time that does not exist on a
 * spring-forward day is moved later by the length of the gap (02:30 becomes 03:30), and a time that occurs
 * twice on a fall-back day uses its first occurrence. A channel gets at most one scheduled post per local date
 * either way, because posts are claimed per date.
 */
public final class DailyPlanner {
    /** How far to look for a scheduled day (a schedule has at least one day a week). */
    private static final int SEARCH_DAYS = 8;

    private final QuestionBank bank;
    private final Duration grace;

    public DailyPlanner(QuestionBank bank, Duration grace) {
        this.bank = bank;
        this.grace = grace;
    }

    public Duration grace() {
        return grace;
    }

    /** The slot of {@code date}, whether or not the schedule posts that day. */
    public static Slot slotOn(DailySchedule schedule, LocalDate date) {
        return new Slot(date, ZonedDateTime.of(date, schedule.time(), schedule.zone()));
    }

    /** The first slot due at or after {@code notBefore}. */
    public Slot nextSlot(DailySchedule schedule, Instant notBefore) {
        LocalDate start = notBefore.atZone(schedule.zone()).toLocalDate().minusDays(1);
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate d = start.plusDays(i);
            if (schedule.postsOn(d.getDayOfWeek())) {
                Slot slot = slotOn(schedule, d);
                if (!slot.at().isBefore(notBefore)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no slot within " + SEARCH_DAYS + " days of " + notBefore + " for " + schedule);
    }

    /** The last slot due at or before {@code now}. */
    public Slot latestSlot(DailySchedule schedule, Instant now) {
        LocalDate start = now.atZone(schedule.zone()).toLocalDate().plusDays(1);
        for (int i = 0; i <= SEARCH_DAYS; i++) {
            LocalDate d = start.minusDays(i);
            if (schedule.postsOn(d.getDayOfWeek())) {
                Slot slot = slotOn(schedule, d);
                if (!slot.at().isAfter(now)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no slot within " + SEARCH_DAYS + " days before " + now + " for " + schedule);
    }

    /** Whether a post due at {@code slot} may still go out at {@code now} (on time or late within the grace window). */
    public boolean withinGrace(Slot slot, Instant now) {
        return !now.isBefore(slot.at()) && Duration.between(slot.at(), now).compareTo(grace) <= 0;
    }

    /**
     * The slot the channel should post for now, if any: the latest slot, when it is not older than the grace
     * window and not earlier than the moment the schedule was set.
     */
    public Optional<Slot> dueSlot(DailySettings settings, Instant now) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Slot slot = latestSlot(settings.schedule(), now);
        if (slot.at().isBefore(settings.activeSince()) || !withinGrace(slot, now)) {
            return Optional.empty();
        }
        return Optional.of(slot);
    }

    /** A question chosen for a channel, with the principle the rotation aimed at and why, for logs. */
    public record Choice(Question question, Optional<LeadershipPrinciple> target, String why) {
    }

    /**
     * The next question for a channel, given what it has already seen ({@code history}, any order): the
     * rotation's next principle (the least covered one, continuing after the last), and within it a question
     * the channel has seen least often, so nothing repeats until the matching questions are exhausted.
     * Empty when the bank has no question for the rotation.
     */
    public Optional<Choice> choose(Rotation rotation, List<DailyPost> history, RandomGenerator random) {
        List<DailyPost> seen = history.stream().filter(DailyPost::counts).toList();
        if (rotation instanceof Rotation.AllPrinciples) {
            return nextPrinciple(seen).flatMap(lp -> leastSeen(questionsFor(lp), seen, random)
                    .map(q -> new Choice(q, Optional.of(lp), "rotation reached " + lp.displayName())));
        }
        if (rotation instanceof Rotation.SinglePrinciple s) {
            return leastSeen(questionsFor(s.lp()), seen, random)
                    .map(q -> new Choice(q, Optional.of(s.lp()), "channel practises " + s.lp().displayName()));
        }
        Rotation.OfCategory c = (Rotation.OfCategory) rotation;
        return leastSeen(bank.byCategory(c.category()), seen, random)
                .map(q -> new Choice(q, q.primaryLp(), "channel practises " + c.category().label()));
    }

    public Optional<Question> question(QuestionId id) {
        return bank.find(id);
    }

    /** How many questions a rotation can draw from; zero means the rotation cannot post. */
    public int poolSize(Rotation rotation) {
        if (rotation instanceof Rotation.AllPrinciples) {
            return LeadershipPrinciple.all().stream().mapToInt(lp -> questionsFor(lp).size()).sum();
        }
        if (rotation instanceof Rotation.SinglePrinciple s) {
            return questionsFor(s.lp()).size();
        }
        return bank.byCategory(((Rotation.OfCategory) rotation).category()).size();
    }

    /** Behavioral questions led by the principle; failing those, any led by it; failing those, any that targets it. */
    public List<Question> questionsFor(LeadershipPrinciple lp) {
        List<Question> behavioral = bank.matching(q -> q.category() == Category.BEHAVIORAL && q.primaryLp().filter(lp::equals).isPresent());
        if (!behavioral.isEmpty()) {
            return behavioral;
        }
        List<Question> led = bank.byPrimaryLp(lp);
        return led.isEmpty() ? bank.matching(q -> q.targets(lp)) : led;
    }

    private Optional<LeadershipPrinciple> nextPrinciple(List<DailyPost> seen) {
        Map<LeadershipPrinciple, Integer> count = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            if (!questionsFor(lp).isEmpty()) {
                count.put(lp, 0);
            }
        }
        if (count.isEmpty()) {
            return Optional.empty();
        }
        seen.forEach(p -> p.target().filter(count::containsKey).ifPresent(lp -> count.merge(lp, 1, Integer::sum)));
        int least = count.values().stream().min(Integer::compare).orElseThrow();
        Optional<LeadershipPrinciple> last = seen.stream()
                .filter(p -> p.target().isPresent())
                .max(Comparator.comparing(DailyPost::claimedAt).thenComparingLong(DailyPost::id))
                .flatMap(DailyPost::target);
        int from = last.map(lp -> lp.ordinal() + 1).orElse(0);
        List<LeadershipPrinciple> all = LeadershipPrinciple.all();
        for (int i = 0; i < all.size(); i++) {
            LeadershipPrinciple lp = all.get((from + i) % all.size());
            if (count.containsKey(lp) && count.get(lp) == least) {
                return Optional.of(lp);
            }
        }
        throw new IllegalStateException("no least-covered principle");
    }

    private static Optional<Question> leastSeen(List<Question> pool, List<DailyPost> seen, RandomGenerator random) {
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Map<QuestionId, Integer> times = new HashMap<>();
        seen.forEach(p -> times.merge(p.questionId(), 1, Integer::sum));
        int least = pool.stream().mapToInt(q -> times.getOrDefault(q.id(), 0)).min().orElseThrow();
        List<Question> fresh = pool.stream().filter(q -> times.getOrDefault(q.id(), 0) == least).toList();
        return Optional.of(fresh.get(random.nextInt(fresh.size())));
    }
}
