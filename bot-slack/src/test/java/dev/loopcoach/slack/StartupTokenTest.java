package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A refused bot token stops the start with one line that names the variable and the fix. */
class StartupTokenTest {
    @Test
    void givenARevokedToken_whenTheBotStarts_thenTheMessageNamesSlackBotToken() throws Exception {
        try (FakeSlack fake = new FakeSlack()) {
            SlackSettings settings = new SlackSettings(SlackSettings.Mode.HTTP, "xoxb-revoked-0000", Optional.empty(),
                    Optional.of(HttpBot.SECRET), "127.0.0.1", 0, Optional.of(fake.apiUrl()), Set.of());

            assertThatThrownBy(() -> SlackBot.builder(settings, TestCoach.create()).start())
                    .isInstanceOf(TokenRefused.class)
                    .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageContaining("invalid_auth")
                    .hasMessageContaining("OAuth & Permissions").hasMessageNotContaining("xoxb-revoked");
        }
    }
}
