package dev.loopcoach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DailyPlannerTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ChannelKey CHANNEL = new ChannelKey("slack", "T0FAKE", "C0DAILY");
    private static QuestionBank bank;
    private static DailyPlanner planner;

    @BeforeAll
    static void loadBank() {
        bank = new BankLoader().builtInOnly();
        planner = new DailyPlanner(bank, Duration.ofHours(2));
    }

    private static Instant utc(String iso) {
        return Instant.parse(iso);
    }

    @Nested
    @DisplayName("when posts are due")
    class Timing {
        @Test
        void berlinNineOClock_movesFromCetToCestOverTheMarchChange_andSkipsTheWeekend() {
            DailySchedule weekdays = DailySchedule.weekdays(LocalTime.of(9, 0), BERLIN);

            Slot friday = planner.nextSlot(weekdays, utc("2026-03-27T05:00:00Z"));
            Slot monday = planner.nextSlot(weekdays, friday.at().plusSeconds(1));

            assertThat(friday.at()).isEqualTo(utc("2026-03-27T08:00:00Z"));
            assertThat(monday.localDate()).isEqualTo(LocalDate.of(2026, 3, 30));
            assertThat(monday.localDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(monday.at()).isEqualTo(utc("2026-03-30T07:00:00Z"));
        }

        @Test
        void berlinNineOClock_movesBackToCetOverTheOctoberChange() {
            DailySchedule weekdays = DailySchedule.weekdays(LocalTime.of(9, 0), BERLIN);

            Slot friday = planner.nextSlot(weekdays, utc("2026-10-23T00:00:00Z"));
            Slot monday = planner.nextSlot(weekdays, friday.at().plusSeconds(1));

            assertThat(friday.at()).isEqualTo(utc("2026-10-23T07:00:00Z"));
            assertThat(monday.at()).isEqualTo(utc("2026-10-26T08:00:00Z"));
        }

        @Test
        void newYorkNineOClock_followsTheUsChangeInMarch() {
            DailySchedule weekdays = DailySchedule.weekdays(LocalTime.of(9, 0), NEW_YORK);

            Slot friday = planner.nextSlot(weekdays, utc("2026-03-06T12:00:00Z"));
            Slot monday = planner.nextSlot(weekdays, friday.at().plusSeconds(1));

            assertThat(friday.at()).isEqualTo(utc("2026-03-06T14:00:00Z"));
            assertThat(monday.at()).isEqualTo(utc("2026-03-09T13:00:00Z"));
        }

        @Test
        @DisplayName("a time skipped by spring-forward posts just after the gap, once that day")
        void skippedLocalTime_postsAfterTheGap() {
            DailySchedule daily = new DailySchedule(LocalTime.of(2, 30), BERLIN, Days.everyDay(), Rotation.allPrinciples());

            Slot sunday = planner.nextSlot(daily, utc("2026-03-28T23:00:00Z"));

            assertThat(sunday.localDate()).isEqualTo(LocalDate.of(2026, 3, 29));
            assertThat(sunday.due().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
            assertThat(sunday.at()).isEqualTo(utc("2026-03-29T01:30:00Z"));
            assertThat(planner.nextSlot(daily, sunday.at().plusSeconds(1)).localDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        }

        @Test
        @DisplayName("a time repeated by fall-back posts at its first occurrence and the second one is the same slot")
        void repeatedLocalTime_usesTheFirstOccurrence() {
            DailySchedule daily = new DailySchedule(LocalTime.of(1, 30), NEW_YORK, Days.everyDay(), Rotation.allPrinciples());

            Slot sunday = planner.nextSlot(daily, utc("2026-11-01T04:00:00Z"));
            Slot atSecondOccurrence = planner.latestSlot(daily, utc("2026-11-01T06:31:00Z"));

            assertThat(sunday.at()).isEqualTo(utc("2026-11-01T05:30:00Z"));
            assertThat(atSecondOccurrence).isEqualTo(sunday);
        }

        @Test
        void weekdaysSchedule_hasNoSlotOnSaturdayOrSunday() {
            DailySchedule weekdays = DailySchedule.weekdays(LocalTime.of(9, 0), BERLIN);

            Slot latestOnSunday = planner.latestSlot(weekdays, utc("2026-03-29T15:00:00Z"));

            assertThat(latestOnSunday.localDate().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        }

        @Test
        void customDays_onlyThoseDays() {
            DailySchedule mwf = new DailySchedule(LocalTime.of(8, 15), NEW_YORK, Days.parse("mon,wed,fri").orElseThrow(), Rotation.allPrinciples());
            List<DayOfWeek> seen = new ArrayList<>();
            Instant t = utc("2026-05-03T00:00:00Z");
            for (int i = 0; i < 6; i++) {
                Slot s = planner.nextSlot(mwf, t);
                seen.add(s.localDate().getDayOfWeek());
                assertThat(s.due().toLocalTime()).isEqualTo(LocalTime.of(8, 15));
                t = s.at().plusSeconds(1);
            }
            assertThat(seen).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY,
                    DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        }
    }

    @Nested
    @DisplayName("the grace window")
    class Grace {
        private final DailySchedule schedule = DailySchedule.weekdays(LocalTime.of(9, 0), BERLIN);
        private final DailySettings settings = new DailySettings(CHANNEL, schedule, true, utc("2026-03-01T00:00:00Z"));

        @Test
        void lateWithinGrace_isStillDue() {
            Optional<Slot> due = planner.dueSlot(settings, utc("2026-03-27T09:59:00Z"));
            assertThat(due).map(Slot::localDate).contains(LocalDate.of(2026, 3, 27));
        }

        @Test
        void exactlyAtTheEdge_isDue_oneSecondLater_isSkipped() {
            assertThat(planner.dueSlot(settings, utc("2026-03-27T10:00:00Z"))).isPresent();
            assertThat(planner.dueSlot(settings, utc("2026-03-27T10:00:01Z"))).isEmpty();
        }

        @Test
        void beforeTheSlot_nothingIsDue() {
            assertThat(planner.dueSlot(settings, utc("2026-03-27T07:59:59Z"))).isEmpty();
        }

        @Test
        void aSlotBeforeTheScheduleWasSet_isNeverCaughtUp() {
            DailySettings setLate = new DailySettings(CHANNEL, schedule, true, utc("2026-03-27T08:30:00Z"));
            assertThat(planner.dueSlot(setLate, utc("2026-03-27T08:31:00Z"))).isEmpty();
            assertThat(planner.dueSlot(setLate, utc("2026-03-30T07:00:30Z"))).isPresent();
        }

        @Test
        void disabledSettings_areNeverDue() {
            assertThat(planner.dueSlot(settings.disabled(utc("2026-03-02T00:00:00Z")), utc("2026-03-27T08:00:30Z"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("which question is next")
    class Choosing {
        @Test
        void allPrinciplesRotation_coversAll16InSixteenPosts_thenStartsOver() {
            List<DailyPost> history = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(7);
            List<LeadershipPrinciple> order = new ArrayList<>();
            for (int day = 0; day < 32; day++) {
                DailyPlanner.Choice c = planner.choose(Rotation.allPrinciples(), history, random).orElseThrow();
                order.add(c.target().orElseThrow());
                assertThat(c.question().category()).isEqualTo(Category.BEHAVIORAL);
                assertThat(c.question().primaryLp()).isEqualTo(c.target());
                history.add(posted(history.size() + 1, c));
            }
            assertThat(new HashSet<>(order.subList(0, 16))).containsExactlyInAnyOrderElementsOf(LeadershipPrinciple.all());
            assertThat(order.subList(16, 32)).isEqualTo(order.subList(0, 16));
        }

        @Test
        void rotation_neverRepeatsAQuestionUntilTheBankIsExhausted() {
            int pool = planner.poolSize(Rotation.allPrinciples());
            List<DailyPost> history = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(11);
            Set<QuestionId> asked = new HashSet<>();
            for (int day = 0; day < pool; day++) {
                DailyPlanner.Choice c = planner.choose(Rotation.allPrinciples(), history, random).orElseThrow();
                assertThat(asked.add(c.question().id())).as("question %s repeated on day %d", c.question().id(), day).isTrue();
                history.add(posted(history.size() + 1, c));
            }
            assertThat(asked).hasSize(pool);
            DailyPlanner.Choice afterExhaustion = planner.choose(Rotation.allPrinciples(), history, random).orElseThrow();
            assertThat(asked).contains(afterExhaustion.question().id());
        }

        @Test
        void singlePrinciple_walksItsQuestions_withoutRepeats() {
            Rotation diveDeep = new Rotation.SinglePrinciple(LeadershipPrinciple.DIVE_DEEP);
            int pool = planner.poolSize(diveDeep);
            assertThat(pool).isGreaterThanOrEqualTo(10);
            List<DailyPost> history = new ArrayList<>();
            Set<QuestionId> asked = new HashSet<>();
            for (int i = 0; i < pool; i++) {
                DailyPlanner.Choice c = planner.choose(diveDeep, history, new SplittableRandom(i)).orElseThrow();
                assertThat(c.question().primaryLp()).contains(LeadershipPrinciple.DIVE_DEEP);
                assertThat(asked.add(c.question().id())).isTrue();
                history.add(posted(i + 1, c));
            }
        }

        @Test
        void categoryRotation_staysInTheCategory_withoutRepeats() {
            Rotation metrics = new Rotation.OfCategory(Category.METRICS);
            int pool = planner.poolSize(metrics);
            assertThat(pool).isPositive();
            List<DailyPost> history = new ArrayList<>();
            Set<QuestionId> asked = new HashSet<>();
            for (int i = 0; i < pool; i++) {
                Question q = planner.choose(metrics, history, new SplittableRandom(3)).orElseThrow().question();
                assertThat(q.category()).isEqualTo(Category.METRICS);
                assertThat(asked.add(q.id())).isTrue();
                history.add(posted(i + 1, new DailyPlanner.Choice(q, q.primaryLp(), "test")));
            }
        }

        @Test
        void failedPosts_doNotCountAsSeen() {
            Rotation ownership = new Rotation.SinglePrinciple(LeadershipPrinciple.OWNERSHIP);
            List<Question> pool = planner.questionsFor(LeadershipPrinciple.OWNERSHIP);
            List<DailyPost> history = new ArrayList<>();
            for (int i = 0; i < pool.size() - 1; i++) {
                history.add(post(i + 1, pool.get(i), PostStatus.POSTED));
            }
            Question last = pool.get(pool.size() - 1);
            history.add(post(pool.size(), last, PostStatus.FAILED));

            Question next = planner.choose(ownership, history, new SplittableRandom(1)).orElseThrow().question();

            assertThat(next.id()).isEqualTo(last.id());
        }

        @Test
        void aRotationWithNoQuestions_choosesNothing() {
            QuestionBank empty = new QuestionBank(List.of());
            DailyPlanner none = new DailyPlanner(empty, Duration.ofHours(1));
            assertThat(none.choose(Rotation.allPrinciples(), List.of(), new SplittableRandom(1))).isEmpty();
            assertThat(none.poolSize(new Rotation.OfCategory(Category.PRODUCT_SENSE))).isZero();
        }

        private DailyPost posted(long id, DailyPlanner.Choice c) {
            return new DailyPost(id, CHANNEL, LocalDate.of(2026, 1, 1).plusDays(id), PostKind.SCHEDULED, c.question().id(), c.target(),
                    Instant.parse("2026-01-01T08:00:00Z").plusSeconds(86_400 * id), PostStatus.POSTED, Optional.of("m-" + id), Optional.empty());
        }

        private DailyPost post(long id, Question q, PostStatus status) {
            return new DailyPost(id, CHANNEL, LocalDate.of(2026, 1, 1).plusDays(id), PostKind.SCHEDULED, q.id(), q.primaryLp(),
                    Instant.parse("2026-01-01T08:00:00Z").plusSeconds(86_400 * id), status, Optional.empty(), Optional.empty());
        }
    }
}
