package dev.loopcoach.core.writing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.QuestionBank;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WritingTargetTest {

    @Test
    void givenAPageCountAndAMaximum_readsBoth() {
        WritingTarget t = WritingTarget.fromText("Writing exercise (about 2 pages, no more than 4): Write about ...");
        assertThat(t.words()).isEqualTo(1000);
        assertThat(t.max()).isEqualTo(2000);
        assertThat(t.min()).isEqualTo(600);
        assertThat(t.description()).isEqualTo("about 2 pages (1,000 words), at most 4 pages");
    }

    @Test
    void givenWordsForPageCounts_readsThem() {
        assertThat(WritingTarget.fromText("Half a page: write the narrative").words()).isEqualTo(250);
        assertThat(WritingTarget.fromText("One page: analyze a decision").words()).isEqualTo(500);
        assertThat(WritingTarget.fromText("a post-mortem narrative (about 1.5 pages)").words()).isEqualTo(750);
        assertThat(WritingTarget.fromText("Write a two-page narrative proposing a bet").words()).isEqualTo(1000);
        assertThat(WritingTarget.fromText("Write the opening two pages of a six-page narrative").words()).isEqualTo(1000);
    }

    @Test
    void givenNoPageCount_aimsForOnePage() {
        WritingTarget t = WritingTarget.fromText("Describe a product you admire.");
        assertThat(t.words()).isEqualTo(500);
        assertThat(t.max()).isEqualTo(750);
    }

    @Test
    void judgesLengthAgainstTheTarget() {
        WritingTarget t = WritingTarget.pages(1, Optional.empty());
        assertThat(t.judge(299)).isEqualTo("short");
        assertThat(t.judge(300)).isEqualTo("ok");
        assertThat(t.judge(750)).isEqualTo("ok");
        assertThat(t.judge(751)).isEqualTo("long");
    }

    @Test
    void everyBuiltInPromptHasASensibleTarget() {
        QuestionBank bank = new BankLoader().builtInOnly();
        assertThat(bank.byCategory(Category.WRITING)).hasSizeGreaterThanOrEqualTo(8).allSatisfy(q -> {
            WritingTarget t = WritingTarget.forPrompt(q);
            assertThat(t.words()).as(q.id().value()).isBetween(250, 1500);
            assertThat(t.max()).as(q.id().value()).isGreaterThan(t.words());
        });
    }
}
