package dev.loopcoach.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void escapesFormattingSoTextShowsAsTyped() {
        assertThat(Markdown.escape("**bold** _it_ `code` ~~s~~ ||spoiler|| [link](http://x)"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\[link\\](http://x)");
    }

    @Test
    void escapesLineStartMarkersOnly() {
        assertThat(Markdown.escape("# Title\n> quote\n- item\n1. first\nA-B 3.5 > 2"))
                .isEqualTo("\\# Title\n\\> quote\n\\- item\n1\\. first\nA-B 3.5 > 2");
    }

    @Test
    void breaksMassMentionsAndUserMentions() {
        String out = Markdown.escape("hey @everyone and @here and <@123>");

        assertThat(out).doesNotContain("@everyone").doesNotContain("@here").doesNotContain(" <@");
        assertThat(out).contains("@\u200beveryone").contains("@\u200bhere").contains("\\<@123>");
    }

    @Test
    void plainOnlyBreaksMentions() {
        assertThat(Markdown.plain("Q1 *of* 3 @everyone")).isEqualTo("Q1 *of* 3 @\u200beveryone");
    }
}
