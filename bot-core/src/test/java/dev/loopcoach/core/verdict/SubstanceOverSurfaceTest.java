package dev.loopcoach.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Finding;
import dev.loopcoach.core.coaching.Vote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Padding, background and "we" never buy a vote (rubric section 4, substance over surface). */
class SubstanceOverSurfaceTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final Question METRIC_MOVED = new BankLoader().builtInOnly().find(new QuestionId("dd-01")).orElseThrow();

    private static final String STORY = "Last March, sign-ups on our meal-kit app fell 18% in one week and nobody knew why. "
            + "I owned the onboarding screen, so finding the cause was my job. I pulled the funnel by app version in SQL myself "
            + "and saw the whole drop came from Android 5.2, where the address form rejected postcodes with a space. I wrote "
            + "the fix ticket with the failing postcodes, asked our Android engineer to patch the validation, and tested it on "
            + "three phones. Sign-ups were back to 11,000 a week within six days, up from 9,100.";

    /** Company history that comes before any step: nothing in it is something the candidate did. */
    private static final String HISTORY = "Our company was founded in 2015 in Austin and grew quickly through three funding "
            + "rounds. The market for meal kits was crowded, with large players and many small local services competing on "
            + "price. Our customers were mostly young families and busy professionals who ordered twice a week on average. "
            + "The company had about 400 employees, split between the head office and two kitchens. The board wanted growth "
            + "above everything else, and investors asked about expansion at every meeting. Competitors announced new cities "
            + "every month and the press wrote about the meal-kit wars constantly. Drivers were contractors and churned "
            + "quickly, so hiring was a constant effort. Customer support was outsourced to a vendor in another time zone. ";

    private static final String PRAISE = " Overall it was a really great experience for everyone involved. It was one of "
            + "the most rewarding times of my career and the whole company was proud of it. Everybody was happy with how it "
            + "turned out and people still talk about it today.";

    private static Coaching at(Level level, String answer) {
        return COACH.coach(METRIC_MOVED, level, answer, List.of());
    }

    @Test
    void givenAStoryBehindParagraphsOfBackground_theVoteIsNeverHigherAndMostlyBackgroundIsSaid() {
        for (Level level : Level.values()) {
            Coaching plain = at(level, STORY);
            Coaching padded = at(level, HISTORY + STORY);
            assertThat(padded.overall().score()).as(level.key()).isLessThanOrEqualTo(plain.overall().score());
            assertThat(padded.findings()).extracting(Finding::text).anyMatch(t -> t.startsWith("Mostly background"));
        }
    }

    @Test
    void givenPraiseOfTheExperienceAfterTheResult_theVoteIsNeverHigher() {
        for (Level level : Level.values()) {
            assertThat(at(level, STORY + PRAISE).overall().score()).as(level.key())
                    .isLessThanOrEqualTo(at(level, STORY).overall().score());
        }
    }

    @Test
    void givenBackgroundAnnouncedAsSuch_theAnnouncementIsNoStep_soTheBackgroundAfterItStillCounts() {
        // "I joined ..." right after "Some background first" is how the speaker got there, not the first step
        String announced = "Some background first, because it matters. I joined a meal-kit company in Austin that was "
                + "founded in 2015. " + HISTORY + STORY;
        for (Level level : Level.values()) {
            Coaching c = at(level, announced);
            assertThat(c.findings()).as(level.key()).extracting(Finding::text).anyMatch(t -> t.startsWith("Mostly background"));
            assertThat(c.overall().score()).as(level.key()).isLessThanOrEqualTo(at(level, STORY).overall().score());
        }
    }

    @Test
    void givenAShortPreambleOfContext_itIsNotCalledMostlyBackground() {
        Coaching c = at(Level.PM, "I was the PM for onboarding at a meal-kit company with about 400 people. " + STORY);
        assertThat(c.findings()).extracting(Finding::text).noneMatch(t -> t.startsWith("Mostly background"));
    }

    @Test
    void givenAStoryToldEntirelyAsWe_itIsAtMostNotInclined() {
        String we = "Last March, sign-ups on our meal-kit app fell 18% in one week and nobody knew why. We owned the "
                + "onboarding screen, so finding the cause was on us. We pulled the funnel by app version in SQL and saw the "
                + "whole drop came from Android 5.2, where the address form rejected postcodes with a space. We wrote the fix "
                + "ticket with the failing postcodes, patched the validation, and tested it on three phones. We then added an "
                + "alert on sign-ups per app version and we reviewed it every week with support. Sign-ups were back to 11,000 "
                + "a week within six days, up from 9,100, and the alert has caught two smaller drops since.";
        for (Level level : Level.values()) {
            Coaching c = at(level, we);
            assertThat(c.overall().score()).as(level.key()).isLessThanOrEqualTo(Vote.NOT_INCLINED.score());
        }
    }
}
