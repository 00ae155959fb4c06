package dev.loopcoach.core.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.testing.Generated;
import dev.loopcoach.core.testing.RandomText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rubric (story, case, recruiter, writing, follow-up reply) takes any text, from empty to 20,000 characters of
 * mixed Unicode, without throwing, says something, and judges the same input the same way twice.
 */
class PipelineRobustnessTest {
    private static final BarRaiserCoach COACH = BarRaiserCoach.standard();
    private static final QuestionBank BANK = new BankLoader().builtInOnly();
    private static final List<Question> QUESTIONS = Stream.of("dd-01", "mx-01", "ps-01", "rs-02", "wr-01", "tpm-03")
            .map(id -> BANK.find(new QuestionId(id)).orElseThrow()).toList();

    static Stream<Generated<String>> answers() {
        return Generated.cases("any string up to 20,000 chars", 0x5EED_10L, 90, r -> RandomText.anyString(r, 20_000));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void givenAnyText_everyRubricAnswersDeterministically(Generated<String> input) {
        Question q = QUESTIONS.get(input.index() % QUESTIONS.size());
        Level level = Level.values()[input.index() % Level.values().length];
        Coaching first = input.call(() -> COACH.coach(q, level, input.value(), List.of()));
        Coaching again = input.call(() -> COACH.coach(q, level, input.value(), List.of()));

        assertThat(first).as(input.describe()).isEqualTo(again);
        assertThat(first.findings()).as(input.describe()).isNotEmpty();
        assertThat(first.rubric()).isEqualTo(RubricKind.forCategory(q.category()));
        assertThat(first.followUps().size()).isLessThanOrEqualTo(3);

        ProbeIntent intent = ProbeIntent.values()[input.index() % ProbeIntent.values().length];
        Coaching reply = input.call(() -> COACH.coachFollowUp(q, new AskedProbe("What happened next?", intent), input.value(),
                input.value(), List.of()));
        assertThat(reply.probe()).as(input.describe()).isPresent();
        assertThat(reply.probe().get().reason()).isNotBlank();
    }
}
