package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.support.CoachFixture;
import org.junit.jupiter.api.Test;

/** A refused bot token stops the start with one line that names the variable and the fix, before any gateway. */
class StartupTokenTest {
    @Test
    void givenAWrongToken_whenTheBotStarts_thenTheMessageNamesDiscordToken() {
        try (FakeDiscord fake = FakeDiscord.start()) {
            DiscordSettings settings = DiscordSettings.ofToken("wrong-token").withEndpoints(fake.restBaseUrl(), fake.gatewayUrl());

            assertThatThrownBy(() -> DiscordBot.start(settings, CoachFixture.coach()))
                    .isInstanceOf(DiscordBot.TokenRefused.class)
                    .hasMessageContaining("DISCORD_TOKEN").hasMessageContaining("401")
                    .hasMessageContaining("Reset Token").hasMessageNotContaining("wrong-token");
        }
    }
}
