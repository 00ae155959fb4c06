package dev.loopcoach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plan's policy: light last day, loop a week out, memo before it, story gaps early, weakest principles first. */
class PlanBuilderTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    private static final List<LeadershipPrinciple> PROBED = List.of(LeadershipPrinciple.OWNERSHIP,
            LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.CUSTOMER_OBSESSION, LeadershipPrinciple.DELIVER_RESULTS);

    private static PlanRequest request(int daysOut) {
        return new PlanRequest(TODAY.plusDays(daysOut), Level.SENIOR, Optional.empty(), TODAY);
    }

    private static Standing standing(Map<LeadershipPrinciple, Double> averages, Map<LeadershipPrinciple, Integer> stories,
            boolean writing, boolean loop) {
        return new Standing(averages, stories, PROBED, writing, loop);
    }

    private static Standing everyStoryWritten() {
        Map<LeadershipPrinciple, Integer> stories = new EnumMap<>(LeadershipPrinciple.class);
        LeadershipPrinciple.all().forEach(lp -> stories.put(lp, 2));
        return standing(Map.of(), stories, false, false);
    }

    @Test
    void givenThreeWeeks_thenEveryDayIsPlanned_theLastIsLight_theLoopIsAWeekOut_andTheMemoComesBeforeIt() {
        List<PlanDay> days = PlanBuilder.build(request(21), TODAY, standing(Map.of(), Map.of(), false, false));

        assertThat(days).hasSize(21);
        assertThat(days).extracting(PlanDay::date).containsExactlyElementsOf(
                TODAY.datesUntil(TODAY.plusDays(21)).toList());
        assertThat(days.get(20).kind()).isEqualTo(PlanDay.Kind.LIGHT);
        assertThat(days.get(14).kind()).isEqualTo(PlanDay.Kind.MOCK_LOOP);
        assertThat(days.get(14).date()).isEqualTo(TODAY.plusDays(21).minusDays(7));
        assertThat(days.get(11).kind()).isEqualTo(PlanDay.Kind.WRITING);
        assertThat(days).allSatisfy(d -> assertThat(d.why()).isNotBlank());
    }

    @Test
    void givenAnEmptyStoryBank_thenStoryDaysComeEarly_andTheMostProbedPrinciplesNeedTwoStories() {
        List<PlanDay> days = PlanBuilder.build(request(30), TODAY, standing(Map.of(), Map.of(), false, false));

        List<PlanDay> storyDays = days.stream().filter(d -> d.kind() == PlanDay.Kind.STORY).toList();
        assertThat(storyDays).isNotEmpty();
        assertThat(storyDays.get(0).date()).isEqualTo(TODAY);
        assertThat(storyDays.get(0).principles()).containsExactly(LeadershipPrinciple.OWNERSHIP, LeadershipPrinciple.DIVE_DEEP);
        assertThat(storyDays.get(0).why()).contains("0 of 2 stories").contains("most asked at your level");
        LocalDate loop = days.stream().filter(d -> d.kind() == PlanDay.Kind.MOCK_LOOP).findFirst().orElseThrow().date();
        assertThat(storyDays).allSatisfy(d -> assertThat(d.date()).isBefore(loop));
    }

    @Test
    void givenVotes_thenQuestionDaysStartWithTheWeakestPrinciple_andSayWhy() {
        Map<LeadershipPrinciple, Double> averages = new EnumMap<>(LeadershipPrinciple.class);
        LeadershipPrinciple.all().forEach(lp -> averages.put(lp, 3.5));
        averages.put(LeadershipPrinciple.FRUGALITY, 1.5);
        averages.put(LeadershipPrinciple.EARN_TRUST, 2.0);

        List<PlanDay> questions = PlanBuilder.build(request(20), TODAY, standing(averages, everyStoryCounts(), false, false)).stream()
                .filter(d -> d.kind() == PlanDay.Kind.QUESTION).toList();

        assertThat(questions.get(0).principles()).containsExactly(LeadershipPrinciple.FRUGALITY);
        assertThat(questions.get(0).why()).contains("Frugality reads Not Inclined").contains("weakest");
        assertThat(questions.get(1).principles()).containsExactly(LeadershipPrinciple.EARN_TRUST);
    }

    @Test
    void givenTheLoopAndMemoAlreadyDone_thenTheyAreNotPlannedAgain() {
        List<PlanDay> days = PlanBuilder.build(request(14), TODAY, standing(Map.of(), everyStoryCounts(), true, true));

        assertThat(days).noneMatch(d -> d.kind() == PlanDay.Kind.MOCK_LOOP || d.kind() == PlanDay.Kind.WRITING
                || d.kind() == PlanDay.Kind.STORY);
        assertThat(days.subList(0, 13)).allMatch(d -> d.kind() == PlanDay.Kind.QUESTION);
    }

    @Test
    void givenTheInterviewTomorrowOrToday_thenOneLightDayOrNothing() {
        List<PlanDay> tomorrow = PlanBuilder.build(request(1), TODAY, everyStoryWritten());
        assertThat(tomorrow).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(PlanDay.Kind.LIGHT);
            assertThat(d.why()).contains("tomorrow");
        });
        assertThat(PlanBuilder.build(request(0), TODAY, everyStoryWritten())).isEmpty();
    }

    @Test
    void givenAShortPlan_thenTheLoopIsTheDressRehearsalTwoDaysOut() {
        List<PlanDay> days = PlanBuilder.build(request(5), TODAY, standing(Map.of(), everyStoryCounts(), false, false));
        assertThat(days.get(3).kind()).isEqualTo(PlanDay.Kind.MOCK_LOOP);
        assertThat(days.get(4).kind()).isEqualTo(PlanDay.Kind.LIGHT);
        assertThat(days).anyMatch(d -> d.kind() == PlanDay.Kind.WRITING);
    }

    private static Map<LeadershipPrinciple, Integer> everyStoryCounts() {
        Map<LeadershipPrinciple, Integer> stories = new EnumMap<>(LeadershipPrinciple.class);
        LeadershipPrinciple.all().forEach(lp -> stories.put(lp, 2));
        return stories;
    }
}
