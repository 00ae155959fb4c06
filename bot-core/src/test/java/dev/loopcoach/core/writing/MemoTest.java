package dev.loopcoach.core.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void givenHeadingsOnTheirOwnLines_separatesThemFromSentences() {
        Memo memo = Memo.parse("""
                Summary
                We recommend a pilot. It costs $40,000.

                ## Background
                Carts were abandoned.
                """);
        assertThat(memo.headings()).containsExactly("Summary", "Background");
        assertThat(texts(memo)).containsExactly("We recommend a pilot.", "It costs $40,000.", "Carts were abandoned.");
        assertThat(memo.paragraphs()).isEqualTo(2);
    }

    @Test
    void givenABulletListWithoutFullStops_eachItemIsItsOwnSentence() {
        Memo memo = Memo.parse("""
                The plan has three parts:
                - ship the pilot in Austin
                * measure repeat orders weekly
                \u2022 decide on expansion in October
                1. write the press release
                2) hold the review
                """);
        assertThat(memo.bullets()).isEqualTo(5);
        assertThat(texts(memo)).contains("ship the pilot in Austin", "measure repeat orders weekly",
                "decide on expansion in October", "write the press release", "hold the review");
    }

    @Test
    void givenAHardWrappedParagraph_joinsTheLinesIntoSentences() {
        Memo memo = Memo.parse("""
                We launched the new checkout flow in March and saw
                conversion rise by 4% in the first two weeks. Returns
                stayed flat.
                """);
        assertThat(memo.headings()).isEmpty();
        assertThat(texts(memo)).containsExactly(
                "We launched the new checkout flow in March and saw conversion rise by 4% in the first two weeks.",
                "Returns stayed flat.");
    }

    @Test
    void givenShortLinesWithoutFullStops_eachIsASentence_soTheyNeverMergeIntoALongOne() {
        Memo memo = Memo.parse("""
                Key facts
                Revenue grew 5% in May
                Costs fell 3% in May
                Many customers asked for it
                Sellers want payouts in 2 days
                """);
        assertThat(memo.headings()).containsExactly("Key facts");
        assertThat(texts(memo)).containsExactly("Revenue grew 5% in May", "Costs fell 3% in May", "Many customers asked for it",
                "Sellers want payouts in 2 days");
        assertThat(memo.paragraphs()).isEqualTo(1);
    }

    @Test
    void givenMemoAddressLines_readsThemAsHeadings() {
        Memo memo = Memo.parse("""
                To: Director, Retail Payments
                From: Jordan Ames
                Date: Oct. 14, 2025
                Re: Pausing the pilot

                I recommend we pause the pilot for 6 weeks.
                """);
        assertThat(memo.headings()).hasSize(4);
        assertThat(texts(memo)).containsExactly("I recommend we pause the pilot for 6 weeks.");
    }

    @Test
    void givenAWrappedBulletItem_keepsItsContinuationLine() {
        Memo memo = Memo.parse("""
                - Sellers wait 3 days for payouts, which pushes
                  them to other marketplaces.
                - Fees rose 2% in 2024.
                """);
        assertThat(texts(memo)).containsExactly(
                "Sellers wait 3 days for payouts, which pushes them to other marketplaces.", "Fees rose 2% in 2024.");
    }

    @Test
    void givenANumberedShortLineAboveProse_readsItAsAHeading() {
        Memo memo = Memo.parse("""
                1. Background
                We started the pilot in 2023.
                """);
        assertThat(memo.headings()).containsExactly("Background");
    }

    private static List<String> texts(Memo memo) {
        return memo.sentences().stream().map(Memo.Unit::text).toList();
    }
}
