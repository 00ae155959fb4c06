package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "within a week" is a measured outcome just like "within one week"; "a week ago" in the setup is not. */
class SpanOfOneTest {
    private final AnswerAnalyzer analyzer = AnswerAnalyzer.standard();
    private static final String SETUP = "Our checkout conversion fell last spring. I owned the flow, so my goal was to fix it fast. "
            + "I found a broken address form and shipped a fix. ";

    @Test
    void givenResultWithinAWeek_itIsQuantified() {
        AnswerAnalysis a = analyzer.analyze("Tell me about a time you fixed a drop.", SETUP + "Conversion recovered to baseline within a week.", List.of());
        assertThat(a.impact().quantified()).isTrue();
    }

    @Test
    void givenResultWithoutAnyAmount_itIsNotQuantified() {
        AnswerAnalysis a = analyzer.analyze("Tell me about a time you fixed a drop.", SETUP + "Conversion recovered after that.", List.of());
        assertThat(a.impact().quantified()).isFalse();
    }
}
