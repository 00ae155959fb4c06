package dev.loopcoach.discord.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.reply.Reply;
import org.junit.jupiter.api.Test;

/** The core's console commands, as Discord shows them: its subcommands and buttons, never a command it lacks. */
class DiscordNamesTest {
    @Test
    void givenTheCoresTextWithConsoleCommands_thenDiscordShowsItsOwn_andQuotesAreUntouched() {
        Reply core = Reply.builder(Reply.Kind.ERROR).paragraph(Coach.FAILED)
                .paragraph("Write the memo in parts, then /done. Need a nudge? /hint")
                .quote("I typed /resume in my answer").build();

        String shown = DiscordNames.RESPELLING.apply(core).plainText();

        assertThat(shown).contains("/coach resume to see where your interview stands")
                .contains("then the Hand in button").contains("Need a nudge? the Hint button")
                .contains("> I typed /resume in my answer");
        assertThat(shown.replace("> I typed /resume in my answer", "")).doesNotContain(" /resume").doesNotContain("/done");
    }
}
