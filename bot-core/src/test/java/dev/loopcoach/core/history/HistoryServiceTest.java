package dev.loopcoach.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** /history through the real coach: two attempts at one question, compared in the rubric's terms. */
class HistoryServiceTest {
    private static final UserKey USER = UserKey.console("history");
    private static final String WEAK = "We had a problem with our checkout page and the team looked into it. We changed "
            + "the address form and things got better after a while. Everyone was happy with how it went in the end.";
    private static final String STRONG = "In 2023 checkout conversion on our mobile app fell after a redesign. I owned the "
            + "checkout page, so my task was to find the cause within a week. I pulled the funnel data myself, interviewed "
            + "ten customers and found the new address form confused them. I rolled back that step and shipped a simpler "
            + "form. Conversion recovered by 4% within two weeks.";

    private final ManualClock clock = ManualClock.at("2026-05-04T09:00:00Z");
    private final Coach coach = RealCoach.over(new InMemoryStores(clock), clock, 5);
    private final TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());

    private Reply type(String line) {
        if (line.startsWith("/")) {
            return coach.handle(USER, ((ParseResult.Parsed) parser.parse(line)).command());
        }
        return coach.handle(USER, new dev.loopcoach.core.command.CoachCommand.SubmitAnswer(line));
    }

    @Test
    void givenNoAttempts_thenItSaysHowTheHistoryFillsUp() {
        assertThat(type("/history").plainText()).contains("No attempts yet");
    }

    @Test
    void givenTwoAttemptsAtOneQuestion_thenBothAreListed_andTheChangesAreSaidInTheRubricsTerms() {
        type("/question dd-03");
        type(WEAK);
        type("/end");
        clock.advance(Duration.ofDays(2));
        type("/question dd-03");
        type(STRONG);
        type("/end");

        String overview = type("/history").plainText();
        assertThat(overview).contains("dd-03: 2 attempts, last on 6 May 2026");

        String one = type("/history DD-03").plainText();
        assertThat(one).contains("Attempt 1, 4 May 2026").contains("Attempt 2, 6 May 2026")
                .contains("What changed from attempt 1 to 2").contains("+Task").contains("now quantified")
                .contains("told with \"we\" → \"I\"").contains("Try it again: ask for question dd-03");
        assertThat(one).doesNotContain("/question");
        assertThat(type("/history xx-99").plainText()).contains("not answered question 'xx-99'");
    }
}
