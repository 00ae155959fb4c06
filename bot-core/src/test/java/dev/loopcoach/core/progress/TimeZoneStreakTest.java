package dev.loopcoach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Streaks count the person's local days once they set a time zone: two evenings in Los Angeles are two days, not one. */
class TimeZoneStreakTest {
    private static final UserKey USER = UserKey.console("tz");
    private static final String ANSWER = "In 2023 I owned the checkout page. Conversion fell, so my task was to find why within "
            + "a week. I pulled the funnel data and rolled back the new address form. Conversion recovered by 4%.";

    private final ManualClock clock = ManualClock.at("2026-06-01T02:30:00Z"); // 31 May, 19:30 in Los Angeles
    private final Coach coach = RealCoach.over(new InMemoryStores(clock), clock, 4);

    private void answerOneQuestion() {
        coach.handle(USER, new CoachCommand.OneQuestion(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()));
        coach.handle(USER, new CoachCommand.SubmitAnswer(ANSWER));
        coach.handle(USER, new CoachCommand.End());
    }

    @Test
    void givenAnswersOnTwoLocalEveningsThatAreOneUtcDay_thenTheStreakFollowsTheChosenZone() {
        answerOneQuestion();
        clock.advance(Duration.ofHours(20)); // 1 June, 15:30 in Los Angeles; still 1 June in UTC (22:30)
        answerOneQuestion();

        assertThat(coach.progress().report(USER).streakDays()).as("UTC: both answers on 1 June").isEqualTo(1);

        String set = coach.handle(USER, new CoachCommand.SetTimeZone("America/Los_Angeles")).plainText();
        assertThat(set).contains("America/Los_Angeles");
        assertThat(coach.progress().report(USER).streakDays()).as("Los Angeles: 31 May and 1 June").isEqualTo(2);
        assertThat(coach.handle(USER, new CoachCommand.SetTimeZone("PST")).plainText()).contains("abbreviation");
        assertThat(coach.handle(USER, new CoachCommand.SetTimeZone("")).plainText()).contains("America/Los_Angeles");
    }
}
