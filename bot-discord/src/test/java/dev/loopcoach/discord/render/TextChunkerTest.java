package dev.loopcoach.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextChunkerTest {

    @Test
    void givenShortText_returnsItWhole() {
        assertThat(TextChunker.split("hello world", 100)).containsExactly("hello world");
    }

    @Test
    void givenLongProse_cutsBetweenWordsAndLosesNoWord() {
        String text = "alpha beta gamma delta epsilon ".repeat(300).strip();

        List<String> pieces = TextChunker.split(text, 100);

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(pieces).allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void givenLines_prefersLineBreaks() {
        String text = "first line is here\nsecond line is here\nthird line is here";

        List<String> pieces = TextChunker.split(text, 40);

        assertThat(pieces).containsExactly("first line is here\nsecond line is here", "third line is here");
    }

    @Test
    void givenOneHugeWord_cutsInsideItOnlyThen() {
        String url = "https://example.com/" + "x".repeat(250);

        List<String> pieces = TextChunker.split(url, 100);

        assertThat(pieces).hasSize(3);
        assertThat(String.join("", pieces)).isEqualTo(url);
    }

    @Test
    void givenSurrogatePairAtTheCut_keepsThePairTogether() {
        String text = "a".repeat(99) + "\uD83D\uDE00" + "b";

        List<String> pieces = TextChunker.split(text, 100);

        assertThat(pieces.get(0)).hasSize(99);
        assertThat(pieces.get(1)).startsWith("\uD83D\uDE00");
    }

    @Test
    void shorten_addsEllipsisAtWordBoundary() {
        assertThat(TextChunker.shorten("one two three four", 10)).isEqualTo("one two\u2026");
        assertThat(TextChunker.shorten("short", 10)).isEqualTo("short");
    }
}
