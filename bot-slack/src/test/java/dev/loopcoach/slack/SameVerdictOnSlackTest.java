package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.testing.SameAnswers;
import dev.loopcoach.core.testing.SameAnswers.Analyzed;
import dev.loopcoach.core.testing.SameAnswers.Case;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 7, on Slack: the real Bolt app in HTTP mode against the fake Slack Web API, over a
 * {@link dev.loopcoach.core.Coach} with the real Bar Raiser coach ({@link RealCoach}, not {@link TestCoach}'s echo coach).
 * An answer typed in the direct message after {@code /coach question <id>} shows the same overall vote as
 * {@code ./coach analyze --jsonl}.
 */
class SameVerdictOnSlackTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static FakeSlack fake;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeSlack();
        bot = HttpBot.on(fake, RealCoach.over(new InMemoryStores(), Clock.system(), 7), p -> SlackHooks.none(), Set.of(),
                Optional.empty());
    }

    @AfterAll
    static void stop() {
        try {
            bot.close();
        } finally {
            fake.close();
        }
    }

    static Stream<Case> cases() {
        return SameAnswers.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("/coach question <id>, then the answer as a direct message: the feedback's Overall field is the analyze verdict")
    void givenAnAnswerInTheDirectMessage_theFeedbackShowsTheAnalyzeVerdict(Case c) throws Exception {
        Analyzed expected = c.analyzed();
        int n = SameAnswers.all().indexOf(c);
        String user = "U0SAME" + n;
        String dm = "D0SAME" + n;

        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "question " + c.questionId(), user, "C0PREP", "same-" + n);

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call question = fake.await(MockInterviewFlowTest.post(user), 1, WAIT).get(0);
        assertThat(question.visibleText()).contains(c.question().text()).contains(c.questionId() + " \u00b7 ");

        bot.requests.event("Ev0SAME" + n, SlackRequests.messageEvent(user, dm, "im", c.answer(), "1700000300.00010" + n, null), null);

        FakeSlack.Call feedback = fake.await(call -> MockInterviewFlowTest.post(dm).test(call)
                && !SameAnswers.shownOverall(call.visibleText()).isEmpty(), 1, WAIT).get(0);
        String shown = feedback.visibleText();
        assertThat(SameAnswers.shownOverall(shown)).as(shown).containsExactly(expected.verdict());
        assertThat(fake.calls("chat.postMessage").stream().filter(MockInterviewFlowTest.post(dm))
                .flatMap(call -> SameAnswers.shownOverall(call.visibleText()).stream()))
                .as("one feedback in the conversation").containsExactly(expected.verdict());
    }
}
