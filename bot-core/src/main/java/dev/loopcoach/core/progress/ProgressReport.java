package dev.loopcoach.core.progress;

import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.selection.LpStanding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Progress per principle, the practice streak and the weakest principles, computed from the practice history. */
public record ProgressReport(List<LpProgress> perLp, int answered, int skipped, int streakDays, List<LeadershipPrinciple> weakest) {

    public ProgressReport {
        perLp = List.copyOf(perLp);
        weakest = List.copyOf(weakest);
    }

    public static ProgressReport of(List<PracticeEntry> entries, Instant now) {
        return of(entries, now, ZoneOffset.UTC);
    }

    /** @param zone where the person's days begin and end (streaks count their local days) */
    public static ProgressReport of(List<PracticeEntry> entries, Instant now, java.time.ZoneId zone) {
        Map<LeadershipPrinciple, List<PracticeEntry>> byLp = new EnumMap<>(LeadershipPrinciple.class);
        int answered = 0;
        int skipped = 0;
        for (PracticeEntry e : entries) {
            if (e.skipped()) {
                skipped++;
                continue;
            }
            answered++;
            for (LeadershipPrinciple lp : e.votes().keySet()) {
                byLp.computeIfAbsent(lp, k -> new ArrayList<>()).add(e);
            }
        }
        List<LpProgress> perLp = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            List<PracticeEntry> list = byLp.getOrDefault(lp, List.of());
            List<Integer> scores = list.stream().map(e -> e.votes().get(lp).score()).toList();
            double avg = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
            Optional<Instant> last = list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1).at());
            perLp.add(new LpProgress(lp, scores.size(), avg, last, trend(scores),
                    scores.subList(Math.max(0, scores.size() - LpProgress.RECENT), scores.size())));
        }
        List<LeadershipPrinciple> weakest = new LpStanding(entries).weakestFirst().subList(0, 3);
        return new ProgressReport(perLp, answered, skipped, streak(entries, now, zone), weakest);
    }

    /** Recent three answers against the three before them; fewer than two answers is NEW or STEADY. */
    static LpProgress.Trend trend(List<Integer> scores) {
        if (scores.isEmpty()) {
            return LpProgress.Trend.NEW;
        }
        if (scores.size() < 2) {
            return LpProgress.Trend.STEADY;
        }
        int n = scores.size();
        int window = Math.min(3, n / 2);
        double recent = scores.subList(n - window, n).stream().mapToInt(Integer::intValue).average().orElse(0);
        double before = scores.subList(n - 2 * window, n - window).stream().mapToInt(Integer::intValue).average().orElse(0);
        if (recent - before >= 0.5) {
            return LpProgress.Trend.IMPROVING;
        }
        if (before - recent >= 0.5) {
            return LpProgress.Trend.DECLINING;
        }
        return LpProgress.Trend.STEADY;
    }

    /** Local days in a row with at least one answer, counting back from today, or from yesterday if today is still open. */
    public static int streak(List<PracticeEntry> entries, Instant now, java.time.ZoneId zone) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (PracticeEntry e : entries) {
            if (!e.skipped()) {
                days.add(e.at().atZone(zone).toLocalDate());
            }
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        if (!days.contains(day)) {
            day = day.minusDays(1);
        }
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public String averageLabel(LpProgress p) {
        return p.answers() == 0 ? "-" : Vote.fromAverage(p.average()).label();
    }
}
