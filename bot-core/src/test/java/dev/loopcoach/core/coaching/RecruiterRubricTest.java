package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recruiter-screen answer is judged as a short, specific, motivated pitch, never as a STAR story. */
class RecruiterRubricTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final QuestionBank BANK = new BankLoader().builtInOnly();
    private static final Question WHY_AMAZON = BANK.find(new QuestionId("rs-02")).orElseThrow();

    private static final String STRONG = "I want this team because I have spent four years on the problem it owns: "
            + "getting small sellers to their first sale. At Etsy-style marketplace Craftly I led seller onboarding and cut "
            + "time to first listing from nine days to two, which lifted first-month sales by 22%. What draws me to Amazon is "
            + "working backwards from the customer in writing; I already start every project with a one-page press release. "
            + "Customer Obsession and Dive Deep are how I work: I read twenty seller support tickets every Friday.";

    private static String all(Coaching c) {
        return String.join("\n", c.findings().stream().map(Finding::text).toList()) + "\n" + String.join("\n", c.tips())
                + "\n" + c.feedback();
    }

    @Test
    void givenAShortSpecificMotivatedAnswer_itIsPositiveAndJudgedByTheRecruiterRubric() {
        Coaching c = COACH.coach(WHY_AMAZON, STRONG, List.of());

        assertThat(c.rubric()).isEqualTo(RubricKind.RECRUITER);
        assertThat(c.overall().positive()).isTrue();
    }

    @Test
    void neverSaysWhatMustNotBeSaidToAScreenAnswer() {
        for (String answer : List.of(STRONG, "I love Amazon, it is the best company in the world and I would be honored.")) {
            String text = all(COACH.coach(WHY_AMAZON, answer, List.of())).toLowerCase();
            assertThat(text).doesNotContain("projection").doesNotContain("250-300").doesNotContain("250–300")
                    .doesNotContain("star skeleton").doesNotContain("situation").doesNotContain("result in numbers");
        }
    }

    @Test
    void givenGenericPraiseWithoutTheCandidatesOwnRecord_itIsNotPositive() {
        String flattery = "Amazon is the most customer-centric company in the world and I admire it very much. All the "
                + "leadership principles are inspiring, especially Customer Obsession and Think Big. I am very passionate "
                + "about customers and I believe I would fit the culture perfectly because I love innovation.";

        Coaching c = COACH.coach(WHY_AMAZON, flattery, List.of());

        assertThat(c.overall().positive()).isFalse();
        assertThat(c.findings()).anyMatch(f -> f.code().equals("recruiter-missing") && f.text().contains("record"));
    }

    @Test
    void givenARamblingFiveMinuteAnswer_itLosesAStepAndSaysWhy() {
        String rambling = (STRONG + " ").repeat(5);

        Coaching c = COACH.coach(WHY_AMAZON, rambling, List.of());

        assertThat(c.overall().positive()).isFalse();
        assertThat(c.findings()).anyMatch(f -> f.code().equals("length-note") && f.text().contains("too long"));
    }
}
