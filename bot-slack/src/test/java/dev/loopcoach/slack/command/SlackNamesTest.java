package dev.loopcoach.slack.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.reply.Reply;
import org.junit.jupiter.api.Test;

/** The core's console commands, as Slack has them: under /coach, with /mockinterview on its own. */
class SlackNamesTest {
    @Test
    void givenTheCoresTextWithConsoleCommands_thenSlackSpellsThemUnderCoach() {
        Reply core = Reply.builder(Reply.Kind.INFO).paragraph(Coach.FAILED)
                .paragraph("Start with /mockinterview, then /story save <title>.").build();

        String shown = SlackNames.RESPELLING.apply(core).plainText();

        assertThat(shown).contains("or /coach resume to see").contains("Start with /mockinterview, then /coach story save <title>.");
    }
}
