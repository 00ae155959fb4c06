package dev.loopcoach.core.plan;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds a prep plan back from the interview date (the policy in one place): the day before is light, a full mock
 * loop about a week before, the written exercise before the loop, story-bank gaps filled in the first half, and one
 * question a day on the weakest principles first. Pure and deterministic: the same request, day and standing give
 * the same plan, so showing it again after a missed day or a new verdict simply re-plans from today.
 */
public final class PlanBuilder {
    /** The full loop sits this many days before the interview, so there is time to fix what it shows. */
    static final int LOOP_DAYS_BEFORE = 7;
    /** The written exercise sits this many days before, ahead of the loop (the loop may probe the memo). */
    static final int WRITING_DAYS_BEFORE = 10;
    /** Plans shorter than this put the loop two days before and skip nothing else. */
    static final int SHORT_PLAN_DAYS = 9;
    /** Stories per principle the bank aims for: one for every principle, two for the level's most probed. */
    static final int STORIES_PER_PRINCIPLE = 1;
    static final int STORIES_FOR_MOST_PROBED = 2;
    /** How many of the level's most probed principles get the second story. */
    static final int MOST_PROBED_COUNT = 3;
    /** Story days take at most this share of the free days, and cover at most two principles each. */
    static final double STORY_SHARE = 0.4;
    static final int PRINCIPLES_PER_STORY_DAY = 2;

    private PlanBuilder() {
    }

    /** @return the days from {@code today} to the day before the interview; empty when the interview is today or past */
    public static List<PlanDay> build(PlanRequest request, LocalDate today, Standing standing) {
        LocalDate interview = request.interviewDate();
        int n = (int) ChronoUnit.DAYS.between(today, interview);
        if (n <= 0) {
            return List.of();
        }
        PlanDay[] days = new PlanDay[n];
        String level = request.level().label();
        days[n - 1] = new PlanDay(interview.minusDays(1), PlanDay.Kind.LIGHT, List.of(), n == 1
                ? "Your interview is tomorrow: reread your two or three best stories out loud once, then rest. Cramming now costs more than it brings."
                : "The day before: reread your best stories once and rest. A clear head is worth more than one more answer.");
        int loop = -1;
        if (!standing.loopDone() && n >= 3) {
            loop = n >= SHORT_PLAN_DAYS ? n - LOOP_DAYS_BEFORE : n - 2;
            days[loop] = new PlanDay(today.plusDays(loop), PlanDay.Kind.MOCK_LOOP, List.of(), n >= SHORT_PLAN_DAYS
                    ? "A full " + level + " mock loop about a week out: it shows what still breaks under five interviewers in a row, with time left to fix it."
                    : "A full " + level + " mock loop close to the day: the plan is short, so this is the dress rehearsal.");
        }
        if (!standing.writingDone() && n >= 5) {
            int writing = n >= WRITING_DAYS_BEFORE + 2 ? n - WRITING_DAYS_BEFORE : Math.max(0, (loop > 0 ? loop : n - 1) - 1);
            if (days[writing] == null) {
                days[writing] = new PlanDay(today.plusDays(writing), PlanDay.Kind.WRITING, List.of(),
                        "The written exercise, done before the loop: interviewers may probe your memo, and its feedback can still change it.");
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (days[i] == null) {
                free.add(i);
            }
        }
        List<LeadershipPrinciple> gaps = storyGaps(standing);
        int storyDays = Math.min((int) Math.floor(free.size() * STORY_SHARE),
                (gaps.size() + PRINCIPLES_PER_STORY_DAY - 1) / PRINCIPLES_PER_STORY_DAY);
        // story days early and spread out (every other free day), so the stories exist before the loop uses them
        Set<Integer> storySlots = new LinkedHashSet<>();
        for (int k = 0; k < free.size() && storySlots.size() < storyDays; k += 2) {
            storySlots.add(free.get(k));
        }
        for (int k = 1; k < free.size() && storySlots.size() < storyDays; k += 2) {
            storySlots.add(free.get(k));
        }
        int g = 0;
        for (int slot : storySlots.stream().sorted().toList()) {
            List<LeadershipPrinciple> these = gaps.subList(g, Math.min(gaps.size(), g + PRINCIPLES_PER_STORY_DAY));
            g += these.size();
            days[slot] = new PlanDay(today.plusDays(slot), PlanDay.Kind.STORY, these, storyWhy(these, standing));
        }
        List<LeadershipPrinciple> order = questionOrder(standing);
        int q = 0;
        // the study group's principle of the week takes this week's first question day (until Sunday)
        LocalDate sunday = today.plusDays(7L - today.getDayOfWeek().getValue());
        for (int i = 0; i < n && standing.weekFocus().isPresent() && !today.plusDays(i).isAfter(sunday); i++) {
            if (days[i] == null) {
                LeadershipPrinciple lp = standing.weekFocus().get();
                days[i] = new PlanDay(today.plusDays(i), PlanDay.Kind.QUESTION, List.of(lp), lp.displayName()
                        + " is your study group's principle of the week: practise it while the group does.", true);
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (days[i] == null) {
                LeadershipPrinciple lp = order.get(q++ % order.size());
                days[i] = new PlanDay(today.plusDays(i), PlanDay.Kind.QUESTION, List.of(lp), questionWhy(lp, standing, request));
            }
        }
        return List.of(days);
    }

    /** Principles short of their story goal: the level's most probed first, then the weakest, then the rest. */
    static List<LeadershipPrinciple> storyGaps(Standing s) {
        List<LeadershipPrinciple> out = new ArrayList<>();
        for (LeadershipPrinciple lp : questionOrder(s)) {
            if (s.storiesFor(lp) < goal(lp, s)) {
                out.add(lp);
            }
        }
        out.sort(Comparator.comparingInt((LeadershipPrinciple lp) -> probedRank(lp, s)));
        return out;
    }

    static int goal(LeadershipPrinciple lp, Standing s) {
        return probedRank(lp, s) < MOST_PROBED_COUNT ? STORIES_FOR_MOST_PROBED : STORIES_PER_PRINCIPLE;
    }

    private static int probedRank(LeadershipPrinciple lp, Standing s) {
        int i = s.mostProbed().indexOf(lp);
        return i < 0 || i >= MOST_PROBED_COUNT ? MOST_PROBED_COUNT : i;
    }

    /** Weakest practised first (lowest average), then the unpractised (most probed first), then the rest. */
    static List<LeadershipPrinciple> questionOrder(Standing s) {
        List<LeadershipPrinciple> all = new ArrayList<>(LeadershipPrinciple.all());
        all.sort(Comparator.comparingDouble((LeadershipPrinciple lp) -> s.averages().getOrDefault(lp, UNPRACTISED))
                .thenComparingInt(lp -> s.mostProbed().indexOf(lp) < 0 ? Integer.MAX_VALUE : s.mostProbed().indexOf(lp)));
        return all;
    }

    /** Unpractised principles sort between Not Inclined (2) and Inclined (3): after a weak one, before a fair one. */
    private static final double UNPRACTISED = 2.5;

    private static String storyWhy(List<LeadershipPrinciple> lps, Standing s) {
        List<String> parts = new ArrayList<>();
        for (LeadershipPrinciple lp : lps) {
            int have = s.storiesFor(lp);
            int goal = goal(lp, s);
            parts.add(lp.displayName() + " (" + have + " of " + goal + " stories" + (goal == STORIES_FOR_MOST_PROBED
                    ? ", one of the most asked at your level" : "") + ")");
        }
        return "Gaps in your story bank: " + String.join("; ", parts) + ". Write each as a short STAR story with a number in the result.";
    }

    private static String questionWhy(LeadershipPrinciple lp, Standing s, PlanRequest r) {
        Double avg = s.averages().get(lp);
        String focus = r.focus().map(f -> " Pick a story that fits your " + f + " focus.").orElse("");
        if (avg == null) {
            return lp.displayName() + " is not practised yet" + (s.mostProbed().indexOf(lp) >= 0
                    && s.mostProbed().indexOf(lp) < MOST_PROBED_COUNT ? ", and it is among the most asked at " + r.level().label() : "")
                    + "." + focus;
        }
        return String.format(Locale.ROOT, "%s reads %s so far (average %.1f of 4): %s.%s", lp.displayName(),
                dev.loopcoach.core.coaching.Vote.fromAverage(avg).label(), avg,
                avg < UNPRACTISED ? "one of your weakest, so it comes early" : avg < 3.25 ? "fair, not yet a clear Inclined"
                        : "strong; practise it to keep it fresh", focus);
    }
}
