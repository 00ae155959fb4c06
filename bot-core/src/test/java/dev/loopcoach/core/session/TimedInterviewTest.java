package dev.loopcoach.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "/mockinterview timed": each question shows when its two minutes are up, and the feedback says how long it took. */
class TimedInterviewTest {
    private static final String ANSWER = "Last spring sign-ups on our app fell 18% in a week. I owned onboarding, so I pulled "
            + "the funnel myself, found the address form rejected postcodes with a space, wrote the fix with our engineer "
            + "and tested it on three phones. Sign-ups were back to 11,000 a week within six days.";

    @Test
    void givenATimedInterview_thenTheQuestionHasADeadline_andTheFeedbackTheTimeTaken() {
        ManualClock clock = ManualClock.at("2027-01-06T10:00:00Z");
        Coach coach = RealCoach.over(new InMemoryStores(clock), clock, 5);
        UserKey user = new UserKey("console", "timed");
        ParseResult parsed = TextCommandParser.forBank(RealCoach.builtInBank()).parse("/mockinterview timed behavioral");
        CoachCommand start = ((ParseResult.Parsed) parsed).command();
        assertThat(start).isEqualTo(new CoachCommand.StartInterview(java.util.Optional.of(dev.loopcoach.core.bank.Category.BEHAVIORAL),
                java.util.Optional.empty(), java.util.Optional.empty(), true));

        Reply question = coach.handle(user, start);
        assertThat(question.blocks()).contains(new Block.Deadline("Timed: your two minutes are up",
                Instant.parse("2027-01-06T10:02:00Z")));

        clock.advance(Duration.ofSeconds(220));
        Reply feedback = coach.handle(user, new CoachCommand.SubmitAnswer(ANSWER));
        assertThat(feedback.plainText()).contains("Timed: answered after 3:40 against a 2:00 target, a little over");
    }

    @Test
    void givenAnUntimedInterview_thenNoClockIsShown() {
        ManualClock clock = ManualClock.at("2027-01-06T10:00:00Z");
        Coach coach = RealCoach.over(new InMemoryStores(clock), clock, 5);
        UserKey user = new UserKey("console", "untimed");
        Reply question = coach.handle(user, CoachCommand.StartInterview.defaults());
        assertThat(question.blocks()).noneMatch(Block.Deadline.class::isInstance);
        clock.advance(Duration.ofSeconds(220));
        assertThat(coach.handle(user, new CoachCommand.SubmitAnswer(ANSWER)).plainText()).doesNotContain("Timed:");
    }
}
