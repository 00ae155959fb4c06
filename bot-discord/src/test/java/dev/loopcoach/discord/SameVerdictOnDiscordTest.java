package dev.loopcoach.discord;

import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.core.testing.SameAnswers;
import dev.loopcoach.core.testing.SameAnswers.Analyzed;
import dev.loopcoach.core.testing.SameAnswers.Case;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 7, on Discord: the real bot (real JDA against the fake Discord) over a {@link dev.loopcoach.core.Coach}
 * with the real Bar Raiser coach ({@link RealCoach}, not the fixture's simple answer coach). An answer to a question
 * asked with {@code /coach question id:<id>} shows the same overall vote as {@code ./coach analyze --jsonl}.
 */
class SameVerdictOnDiscordTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = BotHarness.start(RealCoach.over(new InMemoryStores(), Clock.system(), 7), DailyControl.notConfigured());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    static Stream<Case> cases() {
        return SameAnswers.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("/coach question id:<id>, Answer, submit: the feedback embed's Overall field is the analyze verdict")
    void givenAnAnswerThroughTheModal_theFeedbackShowsTheAnalyzeVerdict(Case c) {
        Analyzed expected = c.analyzed();
        Person candidate = Person.member("15000000000000007" + (10 + SameAnswers.all().indexOf(c)), "same-" + c.questionId());

        ObjectNode card = last(h.interact(h.make.subcommand(candidate, Where.GUILD, "coach", "question",
                string("id", c.questionId()))).replyWithButtons());
        String modalId = h.interact(h.make.button(candidate, Where.GUILD, card, button(card, "Answer")))
                .callback.body().path("data").path("custom_id").asText();
        List<ObjectNode> feedback = h.interact(h.make.modalSubmit(candidate, Where.GUILD, modalId, Map.of("answer", c.answer())))
                .replyWithButtons();

        assertThat(text(card)).contains("Question id: " + c.questionId()).contains(c.question().text());
        String shown = text(feedback);
        assertThat(SameAnswers.shownOverall(shown)).as(shown).containsExactly(expected.verdict());
        assertThat(h.violations()).isEmpty();
    }

    private static ObjectNode last(List<ObjectNode> messages) {
        return messages.get(messages.size() - 1);
    }
}
