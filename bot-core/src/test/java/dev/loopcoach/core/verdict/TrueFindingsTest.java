package dev.loopcoach.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.LanguageIssue;
import dev.loopcoach.core.analysis.StarPart;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding is a claim about the candidate's words, so it must be true of them (rubric sections 2 and 4). */
class TrueFindingsTest {
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final String QUESTION = "Tell me about a time you were asked a question about your product that you could not answer.";

    private static final String STORY = "In our Q3 business review the VP asked why repeat orders in Germany had dropped, and I "
            + "could not answer it. My task was to find the cause before the next review. I said so, promised an answer within "
            + "two days, and pulled the order data myself that afternoon. I believed the new delivery fee was the cause, so I "
            + "tested it: I split repeat orders by basket size and saw the drop only below the fee threshold. Repeat orders "
            + "recovered by 9% in six weeks after we lowered the threshold. Since then I prepare a one-page data appendix "
            + "before every review.";

    private static AnswerAnalysis analysis() {
        return ANALYZER.analyze(QUESTION, STORY, List.of());
    }

    @Test
    void givenCouldNotAnswer_itIsWhatHappenedNotAHypothetical() {
        assertThat(analysis().ownership().hypothetical()).noneMatch(s -> s.contains("could not answer"));
    }

    @Test
    void givenABeliefThatWasThenTested_itIsNotFlaggedAsAHedge() {
        assertThat(analysis().language().issues()).extracting(LanguageIssue::phrase).noneMatch(p -> p.toLowerCase().contains("believe"));
    }

    @Test
    void theSkeletonPutsEachSentenceInOneSlot_takesAnExplicitTask_andTheMeasuredResult() {
        List<StarSkeleton.Line> lines = StarSkeleton.of(analysis());

        List<String> quoted = lines.stream().filter(StarSkeleton.Line::found).map(StarSkeleton.Line::text).toList();
        assertThat(new HashSet<>(quoted)).hasSameSizeAs(quoted);
        assertThat(lines.get(StarPart.TASK.ordinal()).text()).startsWith("My task was");
        assertThat(lines.get(StarPart.RESULT.ordinal()).text()).contains("9%");
    }

    @Test
    void givenALessonAsTheOnlyEnding_thereIsNoResult() {
        AnswerAnalysis a = ANALYZER.analyze(QUESTION, "Last year our onboarding funnel lost users at the address step. My goal "
                + "was to find out why. I pulled the funnel data and interviewed five users. The lesson I learned is to always "
                + "talk to users before building.", List.of());

        assertThat(a.star().has(StarPart.RESULT)).isFalse();
    }

    @Test
    void givenABeliefInThePastAcrossSentences_itIsWhatTheySaidThenNotAHedge_butAPresentBeliefIs() {
        AnswerAnalysis past = ANALYZER.analyze(QUESTION, "Last spring trial sign-ups fell by a fifth. I believed the new pricing "
                + "page was scaring small teams away. So I tested it: I ran the old page for half of the traffic for two weeks. "
                + "Sign-ups came back by 15% on the old page, and we rolled it back.", List.of());
        AnswerAnalysis present = ANALYZER.analyze(QUESTION, "Last spring trial sign-ups fell by a fifth. I ran the old pricing page "
                + "for half of the traffic for two weeks and we rolled it back. I believe it probably helped a lot.", List.of());

        assertThat(past.language().issues()).extracting(LanguageIssue::phrase).noneMatch(p -> p.toLowerCase().contains("believe"));
        assertThat(present.language().issues()).extracting(LanguageIssue::phrase).anyMatch(p -> p.toLowerCase().contains("believe"));
    }

    @Test
    void givenReportedSpeechOrPastAbilityOrThePastPerfect_noneIsCalledHypothetical() {
        AnswerAnalysis a = ANALYZER.analyze(QUESTION, "Last year our checkout crashed for one bank's customers. Engineering said "
                + "it hit a small number of people and we could patch it the week after. I couldn't fix the code, but I could "
                + "switch off the new flow with a feature flag, which I did that night. We'd been celebrating the launch the "
                + "day before. Failed payments went back to 0.4% by the morning.", List.of());

        assertThat(a.ownership().hypothetical()).isEmpty();
        assertThat(a.story().tellsStory()).isTrue();
    }
}
