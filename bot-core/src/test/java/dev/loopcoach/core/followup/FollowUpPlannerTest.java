package dev.loopcoach.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final FollowUpPlanner PLANNER = FollowUpPlanner.standard();

    private static Question question(String text, LeadershipPrinciple lp, String... followUps) {
        return new Question(new QuestionId("t-1"), text, Category.BEHAVIORAL, List.of(lp), Set.of(), Difficulty.MEDIUM,
                List.of(followUps), List.of());
    }

    private static List<FollowUp> plan(Question q, String answer, Collection<String> asked) {
        AnswerAnalysis a = ANALYZER.analyze(q.text(), answer, q.lps());
        ProbeContext c = new ProbeContext(q, q.lps(), a, QuestionTraits.of(q.text(), q.lps()),
                Map.of(LeadershipPrinciple.DIVE_DEEP, List.of("Which query did you run yourself?",
                        "What did you rule out first?")));
        return PLANNER.plan(c, asked, FollowUpPlanner.MAX_PER_QUESTION);
    }

    private static final Question DIVE = question("Tell me about a time you found the root cause of a problem.",
            LeadershipPrinciple.DIVE_DEEP, "What would you have done if the data was inconclusive?");

    private static final String NO_RESULT = "Last spring our checkout conversion dropped on Android. My goal was to "
            + "find out why. I pulled the funnel data myself, split it by device and read two hundred support tickets. "
            + "I found the pay button was hidden behind the keyboard and asked an engineer to fix it.";

    @Test
    void givenNoResult_asksForTheOutcomeInNumbersFirst() {
        List<FollowUp> f = plan(DIVE, NO_RESULT, List.of());

        assertThat(f.get(0).policy()).isEqualTo("outcome-in-numbers");
        assertThat(f.get(0).text()).contains("outcome").contains("numbers");
        assertThat(f.get(0).reason()).isNotBlank();
    }

    @Test
    void givenGapsCovered_thenTheQuestionsOwnFollowUpsThenDeepDives() {
        String strong = NO_RESULT + " As a result, Android conversion went from 2.4% to 3.0% within a week.";

        List<FollowUp> f = plan(DIVE, strong, List.of());

        assertThat(f).extracting(FollowUp::policy).containsExactly("question-follow-up", "lp-deep-dive", "lp-deep-dive");
        assertThat(f).extracting(FollowUp::text).containsExactly(
                "What would you have done if the data was inconclusive?", "Which query did you run yourself?",
                "What did you rule out first?");
    }

    @Test
    void givenMostlyWe_asksWhatYouPersonallyDid() {
        String we = "Our team owned the returns page and our complaints were growing. We looked at the tickets, we "
                + "rewrote the page and we tested it with customers. After launch our complaints fell by a third.";

        assertThat(plan(DIVE, we, List.of())).extracting(FollowUp::policy).first().isEqualTo("personal-role");
    }

    @Test
    void givenABackboneQuestionWithoutDisagreement_asksWhereYouPushedBack() {
        Question q = question("Tell me about a time you disagreed with your manager.", LeadershipPrinciple.BACKBONE);
        String noPushback = "Last year my manager asked me to move our launch up by two weeks. I re-planned the work "
                + "with the engineers, cut two features and shipped on the new date. As a result, we signed three "
                + "customers a month earlier than planned.";

        assertThat(plan(q, noPushback, List.of())).extracting(FollowUp::policy).first().isEqualTo("where-pushed-back");
    }

    @Test
    void givenAMistakeQuestionWithoutALesson_asksWhatYouChangedAfterwards() {
        Question q = question("Tell me about a mistake you made.", LeadershipPrinciple.EARN_TRUST);
        String noLesson = "Last year I sent a pricing email to 20,000 customers with the wrong discount code. I told my "
                + "manager right away and wrote the correction email myself within the hour. In the end only 40 "
                + "customers used the wrong code and we honored it.";

        assertThat(plan(q, noLesson, List.of())).extracting(FollowUp::policy).contains("what-changed-afterwards");
    }

    @Test
    void givenAHypotheticalAnswer_asksForOneRealExample() {
        String hypothetical = "I would first look at the data, then I would talk to the team and decide on a fix.";

        assertThat(plan(DIVE, hypothetical, List.of())).extracting(FollowUp::policy).first().isEqualTo("real-example");
    }

    @Test
    void givenProbesAlreadyAsked_theyAreNeverAskedAgainAndAtMostThreeAreKept() {
        List<FollowUp> first = plan(DIVE, NO_RESULT, List.of());
        List<FollowUp> second = plan(DIVE, NO_RESULT, first.stream().map(f -> f.text().toUpperCase() + "  ").toList());

        assertThat(first).hasSizeLessThanOrEqualTo(3);
        assertThat(second).extracting(FollowUp::text).doesNotContainAnyElementsOf(first.stream().map(FollowUp::text).toList());
        assertThat(second).extracting(FollowUp::text).doesNotHaveDuplicates();
    }
}
