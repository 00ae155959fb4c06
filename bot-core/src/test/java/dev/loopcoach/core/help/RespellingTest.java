package dev.loopcoach.core.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RespellingTest {
    private final Respelling discord = new Respelling(Map.of("resume", "/coach resume", "done", "the Hand in button",
            "story save", "/coach story-save", "help", "/coach help"));

    @Test
    void givenConsoleCommandsInTheBotsText_thenEachIsSpelledForTheSurface() {
        assertThat(discord.respell("Your practice is saved: try again, or use /resume to pick up. Type /help."))
                .isEqualTo("Your practice is saved: try again, or use /coach resume to pick up. Type /coach help.");
        assertThat(discord.respell("Write it in parts, then /done.")).isEqualTo("Write it in parts, then the Hand in button.");
        assertThat(discord.respell("Keep it with /story save <title>.")).isEqualTo("Keep it with /coach story-save <title>.");
    }

    @Test
    void givenUrlsCommandsAlreadySpelledOrUnknownOnes_thenTheyAreLeftAlone() {
        assertThat(discord.respell("See https://example.com/resume and /coach resume.")).isEqualTo(
                "See https://example.com/resume and /coach resume.");
        assertThat(discord.respell("/mockinterview starts one; and/or stays")).isEqualTo("/mockinterview starts one; and/or stays");
    }
}
