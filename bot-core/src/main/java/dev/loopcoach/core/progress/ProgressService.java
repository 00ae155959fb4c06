package dev.loopcoach.core.progress;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.selection.Pick;
import dev.loopcoach.core.selection.QuestionSelector;
import dev.loopcoach.core.selection.SelectionRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** {@code /progress}: per-principle standing, streak, weakest principles, the suggested next question and a radar chart. */
public final class ProgressService {
    private final java.util.function.Function<UserKey, java.time.ZoneId> zones;
    private final PracticeLog practice;
    private final QuestionSelector selector;
    private final Clock clock;
    private final RandomGenerator random;
    private final Level defaultLevel;

    public ProgressService(PracticeLog practice, QuestionSelector selector, Clock clock, RandomGenerator random, Level defaultLevel) {
        this(practice, selector, clock, random, defaultLevel, user -> java.time.ZoneOffset.UTC);
    }

    /** @param zones where each person's days begin and end (their time zone setting) */
    public ProgressService(PracticeLog practice, QuestionSelector selector, Clock clock, RandomGenerator random, Level defaultLevel,
                           java.util.function.Function<UserKey, java.time.ZoneId> zones) {
        this.zones = zones;
        this.practice = practice;
        this.selector = selector;
        this.clock = clock;
        this.random = random;
        this.defaultLevel = defaultLevel;
    }

    public ProgressReport report(UserKey user) {
        return ProgressReport.of(practice.entries(user), clock.now(), zones.apply(user));
    }

    public Reply show(UserKey user) {
        Instant now = clock.now();
        List<PracticeEntry> entries = practice.entries(user);
        java.time.ZoneId zone = zones.apply(user);
        ProgressReport report = ProgressReport.of(entries, now, zone);
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Your progress");
        if (report.answered() == 0) {
            b.paragraph("No answers yet. Every answer you give in /mockinterview or /question is voted per Leadership "
                    + "Principle and shows up here.");
        }
        b.fields(List.of(
                new Block.Field("Answers", String.valueOf(report.answered())),
                new Block.Field("Skipped", String.valueOf(report.skipped())),
                new Block.Field("Streak", report.streakDays() + (report.streakDays() == 1 ? " day" : " days"))));
        List<String> lines = new ArrayList<>();
        for (LpProgress p : report.perLp()) {
            if (p.answers() == 0) {
                lines.add(p.lp().displayName() + ": not practised yet");
            } else {
                lines.add(String.format(Locale.ROOT, "%s: %d answer%s, average %s (%.1f/4), last %s, %s%s",
                        p.lp().displayName(), p.answers(), p.answers() == 1 ? "" : "s", report.averageLabel(p), p.average(),
                        p.lastPractised().map(t -> t.atZone(zone).toLocalDate().toString()).orElse("-"),
                        p.trend().label(), p.answers() < 2 ? "" : " " + p.sparkline() + " (votes over time, oldest first)"));
            }
        }
        b.bullets("Per Leadership Principle", lines);
        b.bullets("Weakest three (practise these next)", report.weakest().stream().map(lp -> lp.displayName()).toList());
        Optional<Pick> next = selector.pick(new SelectionRequest(Optional.of(Category.BEHAVIORAL), defaultLevel,
                Optional.of(report.weakest().get(0)), 1, Set.of()), entries, now, random).stream().findFirst();
        next.ifPresent(p -> b.paragraph("Suggested next question, for " + report.weakest().get(0).displayName()
                + " (ask for one behavioral question on it): " + p.question().text()));
        b.block(new Block.Image("lp-radar.png", RadarChart.png(report.perLp(), Optional.of(now.atZone(zone).toLocalDate())),
                "Radar chart of your average vote on each of the 16 Leadership Principles"));
        return b.actions(Action.NEW_INTERVIEW).build();
    }
}
