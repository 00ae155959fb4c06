package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueSetTest {
    private final TextParser parser = new TextParser();

    private List<CueMatch> match(String pattern, String text) {
        return CueSet.of(CueSet.compile("x", 1, pattern, "test")).match(parser.parse(text));
    }

    @Test
    void givenPhraseAlternatives_eachPhraseMatchesAnyInflection() {
        assertThat(match("push back|stood up", "I pushed back and later stood up to him")).hasSize(2);
    }

    @Test
    void givenAWordAlternativeSlot_anyListedWordFits() {
        assertThat(match("hit _ ~ {goal,target}", "we hit the quarterly target")).hasSize(1);
        assertThat(match("hit _ ~ {goal,target}", "we hit the target")).hasSize(1);
        assertThat(match("hit _ ~ {goal,target}", "we hit target")).isEmpty();
    }

    @Test
    void givenAPrefix_anyWordStartingWithItMatches() {
        assertThat(match("innovat*", "an innovative and innovating team")).hasSize(2);
    }

    @Test
    void givenAHyphenatedPattern_itMatchesTheHyphenatedText() {
        assertThat(match("long-term", "a long-term bet")).hasSize(1);
    }

    @Test
    void givenANegationSensitiveCue_aNegationJustBeforeWeakensIt() {
        CueMatch negated = match("^ data", "we did not have data").get(0);
        CueMatch plain = match("^ data", "we had data").get(0);

        assertThat(negated.weight()).isLessThan(plain.weight());
        assertThat(match("data", "we did not have data").get(0).weight()).isEqualTo(1.0);
    }

    @Test
    void givenAPhrase_itNeverCrossesASentence() {
        assertThat(match("push back", "I had to push. Back then it was hard")).isEmpty();
    }

    @Test
    void givenABrokenPattern_loadingFailsWithTheLine() {
        assertThatThrownBy(() -> CueSet.compile("x", 1, "_ data", "file:3"))
                .hasMessageContaining("file:3");
    }
}
