package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    @DisplayName("socket mode is the default and needs the app-level and bot tokens")
    void givenSocketEnv_readsTokens() {
        SlackSettings s = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "COACH_SLACK_ADMINS", "U01, U02 ,,U03"));

        assertThat(s.mode()).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(s.appToken()).contains("xapp-1");
        assertThat(s.admins()).isEqualTo(Set.of("U01", "U02", "U03"));
        assertThat(s.port()).isEqualTo(3000);
        assertThat(s.apiUrl()).isEmpty();
    }

    @Test
    @DisplayName("http mode reads the signing secret, port and API base URL (a trailing slash is added)")
    void givenHttpEnv_readsPortAndUrl() {
        SlackSettings s = SlackSettings.fromEnv(Map.of("COACH_SLACK_MODE", "HTTP", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "sec", "COACH_SLACK_PORT", "8080", "COACH_SLACK_API_URL", "http://proxy.local/api"));

        assertThat(s.mode()).isEqualTo(SlackSettings.Mode.HTTP);
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.apiUrl()).contains("http://proxy.local/api/");
        assertThat(s.bindHost()).isEqualTo("0.0.0.0");
    }

    @Test
    @DisplayName("each missing or wrong value gives one message naming the variable to set")
    void givenMissingValues_messagesNameTheVariable() {
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_APP_TOKEN", "xapp-1")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_APP_TOKEN is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("COACH_SLACK_MODE", "http", "SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("COACH_SLACK_MODE", "carrier-pigeon")))
                .hasMessageContaining("COACH_SLACK_MODE");
        assertThatThrownBy(() -> SlackSettings.fromEnv(Map.of("COACH_SLACK_MODE", "http", "SLACK_BOT_TOKEN", "x",
                "SLACK_SIGNING_SECRET", "s", "COACH_SLACK_PORT", "eighty")))
                .hasMessageContaining("COACH_SLACK_PORT");
    }

    @Test
    @DisplayName("printing the settings never shows a token or the secret")
    void givenSecrets_toStringHidesThem() {
        SlackSettings s = SlackSettings.fromEnv(Map.of("COACH_SLACK_MODE", "http", "SLACK_BOT_TOKEN", "xoxb-very-secret",
                "SLACK_APP_TOKEN", "xapp-very-secret", "SLACK_SIGNING_SECRET", "signing-very-secret"));

        assertThat(s.toString()).doesNotContain("very-secret").contains("botToken=set").contains("signingSecret=set");
    }
}
