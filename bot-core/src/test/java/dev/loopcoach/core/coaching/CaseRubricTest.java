package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Case questions are judged as walk-throughs: "I would" is expected, structure and relevance decide the vote. */
class CaseRubricTest {
    private static final String PRIME_CASE = "I would start by clarifying the goal: grow weekly use of Prime among parents. "
            + "The key segment is busy parents with kids under five; their pain point is running out of essentials. "
            + "I would propose two options for Prime members: a smart reorder reminder and a family subscription bundle. "
            + "I would prioritize the reminder first as the MVP because it is low effort and high impact, and defer the bundle. "
            + "I would measure success with repeat purchase rate and 4-week retention, with unsubscribes as a guardrail. "
            + "The main risk is notification fatigue, which I would mitigate with frequency caps. "
            + "My recommendation is to ship the reminder to ten percent of Prime parents next month and read the results after four weeks.";

    private static BarRaiserCoach coach;
    private static Question improvePrime;

    @BeforeAll
    static void load() {
        QuestionBank bank = new BankLoader().builtInOnly();
        coach = BarRaiserCoach.standard();
        improvePrime = bank.byCategory(Category.PRODUCT_SENSE).stream()
                .filter(q -> q.text().toLowerCase().contains("improve amazon prime")).findFirst().orElseThrow();
    }

    @Test
    void givenStructuredHypotheticalCaseAnswer_itIsInclinedNotPenalisedForIWould() {
        Coaching c = coach.coach(improvePrime, PRIME_CASE, List.of());
        assertThat(c.overall().positive()).isTrue();
        assertThat(c.feedback().stream().map(Object::toString).toList().toString()).contains("case question").doesNotContain("STAR skeleton");
    }

    @Test
    void givenCaseAnswerMissingMetrics_theFirstFollowUpAsksHowSuccessIsMeasured() {
        String noMetrics = "I would clarify the goal first: more value for Prime members who rarely shop. Their pain point is that "
                + "they forget the benefits. I would propose a benefits digest and a one-tap reorder, and prioritize the digest first "
                + "because it is cheap to build.";
        Coaching c = coach.coach(improvePrime, noMetrics, List.of());
        assertThat(c.followUps().get(0).policy()).startsWith("case-");
        assertThat(c.followUps()).anyMatch(f -> f.text().toLowerCase().contains("measure success"));
        assertThat(c.overall().positive()).isFalse();
    }

    @Test
    void givenOneLineOrOffSubjectAnswer_theVoteIsNeverPositive() {
        assertThat(coach.coach(improvePrime, "Add more movies.", List.of()).overall()).isEqualTo(Vote.STRONGLY_NOT_INCLINED);
        String otherCase = PRIME_CASE.replace("Prime", "the bakery").replace("parents", "bakers").replace("members", "clients");
        assertThat(coach.coach(improvePrime, otherCase, List.of()).overall().positive()).isFalse();
    }

    @Test
    void behavioralQuestionsKeepTheStarRubric() {
        Question behavioral = new BankLoader().builtInOnly().byCategory(Category.BEHAVIORAL).get(0);
        assertThat(RubricKind.forCategory(behavioral.category())).isEqualTo(RubricKind.BEHAVIORAL);
        assertThat(RubricKind.forCategory(improvePrime.category())).isEqualTo(RubricKind.CASE);
    }

    @Test
    void givenAContentFreeCaseAnswer_itIsAtMostNotInclinedAndSaysNothingSpecificWasSaid() {
        String empty = "The goal is the goal. The customers are customers and their pain points are pain points. The options "
                + "are options, options and more options. I would prioritize the first option first. The metrics are metrics "
                + "and success is success. The risks and trade-offs are risks and trade-offs.";

        Coaching c = coach.coach(improvePrime, empty, List.of());

        assertThat(c.rubric()).isEqualTo(RubricKind.CASE);
        assertThat(c.overall().positive()).isFalse();
        assertThat(c.findings()).anyMatch(f -> f.code().equals("case-content-free"));
        assertThat(c.findings()).noneMatch(f -> f.code().equals("case-covered"));
    }

    @Test
    void givenAKeywordListOfFrameworkTerms_itScoresNothingForThem() {
        String buzz = "I'd approach this holistically with a customer-centric, data-driven framework. I'd define the goal, "
                + "identify customers and pain points, brainstorm solutions across personalization, social, discovery, UX, "
                + "pricing and content, prioritize with an impact-versus-effort matrix, define success metrics like engagement, "
                + "retention and satisfaction, consider risks and trade-offs, launch an MVP, iterate and scale.";

        assertThat(coach.coach(improvePrime, buzz, List.of()).overall().positive()).isFalse();
    }

    @Test
    void givenTheSameStrongAnswerPastedThreeTimes_repetitionDoesNotRaiseTheVote() {
        Vote once = coach.coach(improvePrime, PRIME_CASE, List.of()).overall();
        Vote thrice = coach.coach(improvePrime, PRIME_CASE + " " + PRIME_CASE + " " + PRIME_CASE, List.of()).overall();

        assertThat(thrice.score()).isLessThanOrEqualTo(once.score());
    }
}
