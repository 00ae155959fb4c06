package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question's own follow-up is not asked when the answer already gives what it asks for (rubric section 3). */
class StockFollowUpCoverageTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final QuestionBank BANK = new BankLoader().builtInOnly();

    private static Question q(String id) {
        return BANK.find(new QuestionId(id)).orElseThrow();
    }

    private static List<String> asked(Question q, String answer) {
        return COACH.coach(q, answer, List.of()).followUps().stream().map(FollowUp::text).toList();
    }

    @Test
    void givenAnAnswerThatSaysHowManyWereReadAndHowTheyWereGrouped_thatFollowUpIsNotAsked() {
        Question dd03 = q("dd-03");
        String answer = "Last year our seller ratings dashboard said delivery complaints were flat, but sellers in the forum "
                + "sounded angry. I read 400 forum posts and 250 one-star reviews myself over two weeks and grouped them by "
                + "theme in a spreadsheet: late delivery, damaged items and missing tracking. Missing tracking was 38% of "
                + "them, yet the summary report filed it under general feedback. I took the numbers to the logistics PM and "
                + "we added tracking links to the order email. Tracking complaints fell by half within a month.";

        List<String> asked = asked(dd03, answer);

        assertThat(asked).doesNotContain("How many did you read, and how did you group what you found?");
        assertThat(asked).as("the stock follow-up on why the reports missed it is still open")
                .contains("Why had the summary reports missed it?");
    }

    @Test
    void givenAnAnswerThatNamesTheMechanismPutInPlace_theMechanismFollowUpIsNotAsked() {
        Question own02 = q("own-02");
        String answer = "In May we launched a new checkout page and within an hour card payments started failing for "
                + "about 6% of customers. I rolled the page back myself within 40 minutes, called the payments team, and "
                + "sent an hourly note to our director. The cause was a missing currency code for two markets. Afterwards I "
                + "put a mechanism in place so it could not happen again: every checkout release now runs a synthetic "
                + "payment in each market before it reaches customers, and the release stops on its own if one fails.";

        assertThat(asked(own02, answer)).doesNotContain("What mechanism did you put in place so it could not happen again?");
    }

    @Test
    void givenACaseAnswerThatAlreadyRulesOutTracking_thatFollowUpIsNotAsked() {
        Question mx02 = q("mx-02");
        String answer = "First I would rule out a tracking or logging problem before alerting the whole team: compare the "
                + "checkout events with orders in the payments database, because if orders are flat the drop is in logging. "
                + "Then I would segment the drop by platform, app version, country and payment method to find where it "
                + "concentrates. The goal is to restore conversion fast, so I would check last night's releases and "
                + "experiments first, since most overnight drops come from a change we made. I would measure recovery with "
                + "hourly conversion against the same hour last week, and the risk is alerting on noise, so I would wait "
                + "for two hours of data before escalating.";

        assertThat(asked(mx02, answer)).doesNotContain("How do you rule out a tracking or logging problem before alerting the whole team?");
    }

    @Test
    void givenAnAnswerThatCoversNothingTheFollowUpsAsk_theyAreStillAsked() {
        Question own01 = q("own-01");
        String answer = "I noticed our invoices showed the wrong tax for one region. I fixed the rule in the billing "
                + "configuration, tested it on ten invoices, and told the finance team. Wrong invoices dropped from 3% to "
                + "zero the next month.";

        assertThat(asked(own01, answer)).contains("Why did the problem fall between teams, and who would normally have handled it?");
    }
}
