package dev.loopcoach.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextParserTest {
    private final TextParser parser = new TextParser();

    @Test
    void givenAbbreviationsAndDecimals_sentencesEndOnlyAtRealStops() {
        ParsedText t = parser.parse("We used e.g. surveys and vs. last year it was 3.5 percent. Then I shipped it! Did it work? Yes");

        assertThat(t.sentences()).extracting(t::text)
                .containsExactly("We used e.g. surveys and vs. last year it was 3.5 percent.", "Then I shipped it!",
                        "Did it work?", "Yes");
    }

    @Test
    void givenBulletsAndLineBreaks_eachLineIsASentence() {
        ParsedText t = parser.parse("- Context: churn was high\n- Action: I called ten customers\n\u2022 Result: churn fell");

        assertThat(t.sentences()).hasSize(3);
        assertThat(t.text(t.sentence(1))).isEqualTo("Action: I called ten customers");
    }

    @Test
    void givenNumbersMoneyAndHyphens_tokensKeepAmountsWhole() {
        ParsedText t = parser.parse("We saved $1,200 (12%) on a cross-functional 2x project.");

        assertThat(t.tokens()).extracting(Token::lower)
                .containsExactly("we", "saved", "$1,200", "12%", "on", "a", "cross", "functional", "2x", "project");
        assertThat(t.words()).isEqualTo(9);
    }

    @Test
    void givenTypographicApostrophes_theyFoldToPlainOnes() {
        ParsedText t = parser.parse("I didn\u2019t wait; we\u2019re done.");

        assertThat(t.tokens()).extracting(Token::lower).contains("didn't", "we're");
        assertThat(t.token(1).isNegator()).isTrue();
        assertThat(t.token(0).isIWord()).isTrue();
    }

    @Test
    void givenHugeInput_analysisIsCutDeterministicallyButWordsAreCounted() {
        String big = "word ".repeat(30_000);

        ParsedText t = parser.parse(big);

        assertThat(t.truncated()).isTrue();
        assertThat(t.source().length()).isLessThanOrEqualTo(TextParser.MAX_ANALYSED_CHARS);
        assertThat(t.words()).isEqualTo(30_000);
        assertThat(parser.parse(big).tokens()).hasSameSizeAs(t.tokens());
    }

    @Test
    void givenARunOnSentence_itIsSplitSoNoSentenceSwallowsTheAnswer() {
        ParsedText t = parser.parse("and then ".repeat(100));

        assertThat(t.sentences()).allSatisfy(s -> assertThat(s.tokenCount()).isLessThanOrEqualTo(60));
    }
}
