package dev.loopcoach.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same story is judged against the asked level's scope (rubric section 4). */
class LevelCalibrationTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final Question METRIC_MOVED = new BankLoader().builtInOnly().find(new QuestionId("dd-01")).orElseThrow();

    private static final String ONE_WEEK_TWEAK = "Last March, sign-ups on our meal-kit app fell 18% in one week and nobody "
            + "knew why. I owned the onboarding screen, so finding the cause was my job. I pulled the funnel by app version "
            + "in SQL myself and saw the whole drop came from Android 5.2, where the address form rejected postcodes with a "
            + "space. I wrote the fix ticket with the failing postcodes, asked our Android engineer to patch the validation, "
            + "and tested it on three phones. Sign-ups were back to 11,000 a week within six days, up from 9,100.";

    private static final String ORG_STORY = "In 2021 our company's marketplace conversion had been flat for two years and "
            + "the SVP asked me to own the strategy to fix it across the whole organization. My task was a three-year plan "
            + "for 40 engineers in 12 teams. I analysed five years of funnel data, wrote the strategy, and got the board to "
            + "fund a $150 million checkout rebuild. I set up a launch review mechanism adopted by every team in the company. "
            + "Conversion rose from 2.1% to 2.9% over two years, worth about $400 million a year.";

    private static Coaching at(Level level, String story) {
        return COACH.coach(METRIC_MOVED, level, story, List.of());
    }

    @Test
    void givenASmallScopeStory_itLosesAStepAtPrincipalAndTheFeedbackSaysWhy() {
        Coaching pm = at(Level.PM, ONE_WEEK_TWEAK);
        Coaching principal = at(Level.PRINCIPAL, ONE_WEEK_TWEAK);

        assertThat(principal.overall().score()).isEqualTo(pm.overall().score() - 1);
        assertThat(principal.findings()).extracting(Finding::text).anyMatch(t -> t.startsWith("Scope below the Principal PM bar"));
        assertThat(pm.findings()).extracting(Finding::text).noneMatch(t -> t.startsWith("Scope below"));
    }

    @Test
    void givenAnOrgWideMultiYearStory_itKeepsItsVoteAtPrincipal() {
        assertThat(at(Level.PRINCIPAL, ORG_STORY).overall()).isEqualTo(at(Level.PM, ORG_STORY).overall());
        assertThat(LevelScope.read(ORG_STORY).shown()).isEqualTo(Level.PRINCIPAL);
        assertThat(LevelScope.read(ONE_WEEK_TWEAK).shown()).isEqualTo(Level.PM);
    }

    @Test
    void givenCustomersPeopleOrMonthsAtAProductAreasScale_theStoryShowsSeniorScope() {
        assertThat(LevelScope.read("I moved 400,000 customers to the new wallet.").shown()).isEqualTo(Level.SENIOR);
        assertThat(LevelScope.read("The change reached 350 support agents in two countries.").shown()).isEqualTo(Level.SENIOR);
        assertThat(LevelScope.read("I ran the migration over eight months.").shown()).isEqualTo(Level.SENIOR);
        assertThat(LevelScope.read("About 20 million riders use the app every month.").shown()).isEqualTo(Level.SENIOR);
        assertThat(LevelScope.read("Over three years the change reached 20 million riders.").shown()).isEqualTo(Level.PRINCIPAL);
        assertThat(LevelScope.read("I called 40 customers and fixed it in three weeks.").shown()).isEqualTo(Level.PM);
    }

    @Test
    void givenTheSameStoryPastedTwiceOrEightTimes_repetitionNeverRaisesTheVoteAndLengthCostsAStep() {
        Coaching once = at(Level.PM, ONE_WEEK_TWEAK);
        Coaching twice = at(Level.PM, ONE_WEEK_TWEAK + " " + ONE_WEEK_TWEAK);
        Coaching eight = at(Level.PM, String.join(" ", java.util.Collections.nCopies(8, ONE_WEEK_TWEAK)));

        assertThat(twice.overall().score()).isLessThanOrEqualTo(once.overall().score());
        assertThat(twice.findings()).extracting(Finding::text).anyMatch(t -> t.startsWith("Says the same thing more than once"));
        assertThat(eight.overall().score()).isLessThan(once.overall().score());
        assertThat(eight.findings()).extracting(Finding::text).anyMatch(t -> t.startsWith("Over 3 minutes spoken"));
    }
}
