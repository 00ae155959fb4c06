package dev.loopcoach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Progress computed from a practice history: per principle, the streak and the weakest three. */
class ProgressReportTest {
    private static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");

    private static PracticeEntry answer(String at, Map<LeadershipPrinciple, Vote> votes) {
        Vote overall = Vote.fromAverage(votes.values().stream().mapToInt(Vote::score).average().orElse(2));
        return new PracticeEntry(new QuestionId("q-" + Math.abs(at.hashCode())), Category.BEHAVIORAL, List.copyOf(votes.keySet()),
                votes, Optional.of(overall), Instant.parse(at));
    }

    private static PracticeEntry answer(String at, LeadershipPrinciple lp, Vote vote) {
        return answer(at, Map.of(lp, vote));
    }

    private static PracticeEntry skipped(String at) {
        return new PracticeEntry(new QuestionId("q-skip"), Category.BEHAVIORAL, List.of(LeadershipPrinciple.OWNERSHIP), Map.of(),
                Optional.empty(), Instant.parse(at));
    }

    private static LpProgress of(ProgressReport r, LeadershipPrinciple lp) {
        return r.perLp().stream().filter(p -> p.lp() == lp).findFirst().orElseThrow();
    }

    @Nested
    class PerPrinciple {
        @Test
        void givenAnswersOnAPrinciple_itsCountAverageLastDayAndTrendAreReported() {
            List<PracticeEntry> history = List.of(
                    answer("2025-06-01T09:00:00Z", LeadershipPrinciple.DIVE_DEEP, Vote.NOT_INCLINED),
                    answer("2025-06-02T09:00:00Z", Map.of(LeadershipPrinciple.DIVE_DEEP, Vote.NOT_INCLINED,
                            LeadershipPrinciple.OWNERSHIP, Vote.INCLINED)),
                    answer("2025-06-03T09:00:00Z", LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED),
                    answer("2025-06-04T09:00:00Z", LeadershipPrinciple.DIVE_DEEP, Vote.STRONGLY_INCLINED),
                    skipped("2025-06-05T09:00:00Z"));

            ProgressReport r = ProgressReport.of(history, NOW);

            LpProgress dd = of(r, LeadershipPrinciple.DIVE_DEEP);
            assertThat(dd.answers()).isEqualTo(4);
            assertThat(dd.average()).isEqualTo(3.0);
            assertThat(dd.lastPractised()).contains(Instant.parse("2025-06-04T09:00:00Z"));
            assertThat(dd.trend()).isEqualTo(LpProgress.Trend.IMPROVING);
            assertThat(r.averageLabel(dd)).isEqualTo("Inclined");

            LpProgress own = of(r, LeadershipPrinciple.OWNERSHIP);
            assertThat(own.answers()).as("a skip is no answer").isEqualTo(1);
            assertThat(own.lastPractised()).contains(Instant.parse("2025-06-02T09:00:00Z"));
            assertThat(own.trend()).isEqualTo(LpProgress.Trend.STEADY);

            LpProgress frugality = of(r, LeadershipPrinciple.FRUGALITY);
            assertThat(frugality.answers()).isZero();
            assertThat(frugality.average()).isZero();
            assertThat(frugality.lastPractised()).isEmpty();
            assertThat(frugality.trend()).isEqualTo(LpProgress.Trend.NEW);
            assertThat(r.averageLabel(frugality)).isEqualTo("-");

            assertThat(r.perLp()).extracting(LpProgress::lp).containsExactlyElementsOf(LeadershipPrinciple.all());
            assertThat(r.answered()).isEqualTo(4);
            assertThat(r.skipped()).isEqualTo(1);
        }

        @Test
        void givenScoresOverTime_theTrendComparesTheLatestAnswersWithTheOnesBefore() {
            assertThat(ProgressReport.trend(List.of())).isEqualTo(LpProgress.Trend.NEW);
            assertThat(ProgressReport.trend(List.of(1))).isEqualTo(LpProgress.Trend.STEADY);
            assertThat(ProgressReport.trend(List.of(2, 4))).isEqualTo(LpProgress.Trend.IMPROVING);
            assertThat(ProgressReport.trend(List.of(4, 4, 4, 2, 2, 1))).isEqualTo(LpProgress.Trend.DECLINING);
            assertThat(ProgressReport.trend(List.of(3, 3, 3, 3, 3))).isEqualTo(LpProgress.Trend.STEADY);
            assertThat(ProgressReport.trend(List.of(1, 1, 3, 3, 3, 3, 3, 3))).as("only the latest six count")
                    .isEqualTo(LpProgress.Trend.STEADY);
            assertThat(ProgressReport.trend(List.of(3, 3, 3, 3, 3, 4))).as("a small rise is steady").isEqualTo(LpProgress.Trend.STEADY);
        }
    }

    @Nested
    class Streak {
        private int streak(String now, String... answeredAt) {
            List<PracticeEntry> history = new ArrayList<>();
            for (String at : answeredAt) {
                history.add(answer(at, LeadershipPrinciple.EARN_TRUST, Vote.INCLINED));
            }
            return ProgressReport.of(history, Instant.parse(now)).streakDays();
        }

        @Test
        void givenAnswersOnConsecutiveDaysUpToToday_eachDayCountsOnce() {
            assertThat(streak("2025-06-10T20:00:00Z", "2025-06-08T09:00:00Z", "2025-06-09T09:00:00Z", "2025-06-09T21:00:00Z",
                    "2025-06-10T07:00:00Z")).isEqualTo(3);
        }

        @Test
        void givenNoAnswerYetToday_theStreakRunsToYesterday() {
            assertThat(streak("2025-06-10T08:00:00Z", "2025-06-08T09:00:00Z", "2025-06-09T09:00:00Z")).isEqualTo(2);
        }

        @Test
        void givenAnswersTwentyMinutesApartAcrossMidnightUtc_theyAreTwoDays() {
            assertThat(streak("2025-06-10T12:00:00Z", "2025-06-09T23:50:00Z", "2025-06-10T00:10:00Z")).isEqualTo(2);
        }

        @Test
        void givenAnswersOnOneLocalEveningThatSpansTwoUtcDays_daysAreCountedInUtc() {
            // 22:30 and 23:45 in Los Angeles on 9 June are 05:30 and 06:45 UTC on 10 June: one UTC day.
            assertThat(streak("2025-06-10T12:00:00Z", "2025-06-10T05:30:00Z", "2025-06-10T06:45:00Z")).isEqualTo(1);
        }

        @Test
        void givenAGapDay_theStreakStartsAfterIt() {
            assertThat(streak("2025-06-10T12:00:00Z", "2025-06-06T09:00:00Z", "2025-06-07T09:00:00Z", "2025-06-09T09:00:00Z",
                    "2025-06-10T09:00:00Z")).isEqualTo(2);
        }

        @Test
        void givenNothingYesterdayOrToday_theStreakIsZero() {
            assertThat(streak("2025-06-10T12:00:00Z", "2025-06-07T09:00:00Z", "2025-06-08T09:00:00Z")).isZero();
            assertThat(streak("2025-06-10T12:00:00Z")).isZero();
        }

        @Test
        void givenOnlySkipsToday_todayDoesNotCount() {
            List<PracticeEntry> history = List.of(answer("2025-06-09T09:00:00Z", LeadershipPrinciple.EARN_TRUST, Vote.INCLINED),
                    skipped("2025-06-10T09:00:00Z"));
            assertThat(ProgressReport.of(history, NOW).streakDays()).isEqualTo(1);
        }
    }

    @Nested
    class Weakest {
        private List<PracticeEntry> threeEach(Map<LeadershipPrinciple, Vote> exceptions, List<LeadershipPrinciple> never) {
            List<PracticeEntry> history = new ArrayList<>();
            int day = 1;
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                if (never.contains(lp)) {
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    history.add(answer(String.format("2025-05-%02dT%02d:00:00Z", day, 8 + i), lp,
                            exceptions.getOrDefault(lp, Vote.STRONGLY_INCLINED)));
                }
                day++;
            }
            history.sort(java.util.Comparator.comparing(PracticeEntry::at));
            return history;
        }

        @Test
        void givenLowAverages_theThreeLowestComeFirstLowestFirst() {
            Map<LeadershipPrinciple, Vote> low = new EnumMap<>(LeadershipPrinciple.class);
            low.put(LeadershipPrinciple.THINK_BIG, Vote.NOT_INCLINED);
            low.put(LeadershipPrinciple.FRUGALITY, Vote.STRONGLY_NOT_INCLINED);
            low.put(LeadershipPrinciple.EARN_TRUST, Vote.INCLINED);

            ProgressReport r = ProgressReport.of(threeEach(low, List.of()), NOW);

            assertThat(r.weakest()).containsExactly(LeadershipPrinciple.FRUGALITY, LeadershipPrinciple.THINK_BIG,
                    LeadershipPrinciple.EARN_TRUST);
        }

        @Test
        void givenPrinciplesNeverPractised_theyCountAsWeakestOfAll() {
            ProgressReport r = ProgressReport.of(threeEach(Map.of(LeadershipPrinciple.OWNERSHIP, Vote.STRONGLY_NOT_INCLINED),
                    List.of(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.BACKBONE)), NOW);

            assertThat(r.weakest()).containsExactly(LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.BACKBONE,
                    LeadershipPrinciple.OWNERSHIP);
        }

        @Test
        void givenNoHistory_threePrinciplesAreStillSuggested() {
            ProgressReport r = ProgressReport.of(List.of(), NOW);

            assertThat(r.weakest()).hasSize(3).doesNotHaveDuplicates();
            assertThat(r.answered()).isZero();
            assertThat(r.streakDays()).isZero();
        }
    }
}
