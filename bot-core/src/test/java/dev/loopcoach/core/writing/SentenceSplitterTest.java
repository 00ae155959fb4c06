package dev.loopcoach.core.writing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void givenPlainSentences_splitsAtEachFullStopQuestionAndExclamation() {
        assertThat(SentenceSplitter.split("We launched in May. Did it work? Yes! Sales rose."))
                .containsExactly("We launched in May.", "Did it work?", "Yes!", "Sales rose.");
    }

    @Test
    void givenDecimalsPricesAndDomains_doesNotSplitInsideThem() {
        assertThat(SentenceSplitter.split("Conversion rose 3.5% to $1.2M on amazon.com last week. Returns fell 0.4 points."))
                .containsExactly("Conversion rose 3.5% to $1.2M on amazon.com last week.", "Returns fell 0.4 points.");
    }

    @Test
    void givenLatinAbbreviationsAndTitles_keepsTheSentenceWhole() {
        assertThat(SentenceSplitter.split("Some regions, e.g. Texas, i.e. our largest, grew. Dr. Lee and Mr. Park agreed vs. last year."))
                .containsExactly("Some regions, e.g. Texas, i.e. our largest, grew.", "Dr. Lee and Mr. Park agreed vs. last year.");
    }

    @Test
    @DisplayName("\"U.S.\" ends a sentence only when a sentence opener follows it")
    void dottedInitials() {
        assertThat(SentenceSplitter.split("We sell in the U.S. and Canada. We launched in the U.S. The pilot ran for 6 weeks."))
                .containsExactly("We sell in the U.S. and Canada.", "We launched in the U.S.", "The pilot ran for 6 weeks.");
        assertThat(SentenceSplitter.split("The U.S. Census data was used by J. Smith at 3 p.m. Friday."))
                .hasSize(1);
        assertThat(SentenceSplitter.split("Approval fell in the U.S. Returns on those orders rose."))
                .containsExactly("Approval fell in the U.S.", "Returns on those orders rose.");
    }

    @Test
    void givenNumberAbbreviations_splitsOnlyWhenNoNumberFollows() {
        assertThat(SentenceSplitter.split("Cut 4 fields (est. 0.8 points). Pre-fill it, approx. 0.7 points.")).hasSize(2);
        assertThat(SentenceSplitter.split("See No. 5 in the list. The answer is no. We stop."))
                .containsExactly("See No. 5 in the list.", "The answer is no.", "We stop.");
    }

    @Test
    void givenClosingQuotesAndBrackets_endsAfterThem() {
        assertThat(SentenceSplitter.split("She said \"ship it.\" We did. (It worked.) Then we scaled."))
                .containsExactly("She said \"ship it.\"", "We did.", "(It worked.)", "Then we scaled.");
    }

    @Test
    void givenLowerCaseUnitsBeforeAFullStop_endsTheSentence() {
        assertThat(SentenceSplitter.split("Latency is 820 ms. Our TPM traced it. Ms. Ruiz agreed."))
                .containsExactly("Latency is 820 ms.", "Our TPM traced it.", "Ms. Ruiz agreed.");
    }

    @Test
    void givenMarkdownEmphasisAfterTheMark_endsAfterIt() {
        assertThat(SentenceSplitter.split("**What is the risk?** Substitution. _Why now?_ The SLA improved."))
                .containsExactly("**What is the risk?**", "Substitution.", "_Why now?_", "The SLA improved.");
    }

    @Test
    void givenLowerCaseAfterAFullStop_doesNotSplit() {
        assertThat(SentenceSplitter.split("We cut tickets, returns, etc. and kept costs flat.")).hasSize(1);
    }

    @Test
    void givenTextWithoutFinalPunctuation_keepsTheLastSentence() {
        assertThat(SentenceSplitter.split("First point. Second point without a stop"))
                .containsExactly("First point.", "Second point without a stop");
    }
}
