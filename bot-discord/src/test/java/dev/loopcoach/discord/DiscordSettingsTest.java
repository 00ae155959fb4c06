package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    @Test
    void readsEveryVariable() {
        DiscordSettings s = DiscordSettings.fromEnv(Map.of(
                "DISCORD_TOKEN", "secret-token",
                "COACH_DISCORD_GUILD", "1300000000000000001",
                "COACH_DISCORD_API_URL", "http://127.0.0.1:8080/api/v10",
                "COACH_DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                "COACH_DISCORD_SHARDS_TOTAL", "8",
                "COACH_DISCORD_SHARD_RANGE", "4-7"));

        assertThat(s.token()).isEqualTo("secret-token");
        assertThat(s.devGuildId()).contains("1300000000000000001");
        assertThat(s.restBaseUrl()).contains("http://127.0.0.1:8080/api/v10/");
        assertThat(s.gatewayUrl()).contains("ws://127.0.0.1:8081/");
        assertThat(s.shardsTotal()).hasValue(8);
        assertThat(s.shardRange()).contains(new DiscordSettings.ShardRange(4, 7));
    }

    @Test
    void restBase_acceptsDiscordsFormABareHostOrAnApiPath() {
        assertThat(DiscordSettings.normalizeRestBase("http://127.0.0.1:8080/api/v10")).isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(DiscordSettings.normalizeRestBase("http://127.0.0.1:8080/api/v10/")).isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(DiscordSettings.normalizeRestBase("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(DiscordSettings.normalizeRestBase("http://127.0.0.1:8080/")).isEqualTo("http://127.0.0.1:8080/api/v10/");
        assertThat(DiscordSettings.normalizeRestBase("https://proxy.example/api")).isEqualTo("https://proxy.example/api/v10/");
        assertThat(DiscordSettings.normalizeRestBase("https://proxy.example/discord/api/v9"))
                .isEqualTo("https://proxy.example/discord/api/v9/");
    }

    @Test
    void givenOnlyToken_usesDiscordDefaults() {
        DiscordSettings s = DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_GUILD", "  "));

        assertThat(s.devGuildId()).isEmpty();
        assertThat(s.apiUrl()).isEmpty();
        assertThat(s.shardsTotal()).isEmpty();
    }

    @Test
    void neverShowsTheToken() {
        DiscordSettings s = DiscordSettings.ofToken("super-secret-token");

        assertThat(s.toString()).doesNotContain("super-secret-token").contains("<hidden>");
    }

    @Test
    void givenBadValues_explainsWhichVariable() {
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of())).hasMessageContaining("DISCORD_TOKEN");
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_GUILD", "my-guild")))
                .hasMessageContaining("COACH_DISCORD_GUILD");
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_API_URL", "ftp://x")))
                .hasMessageContaining("COACH_DISCORD_API_URL");
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_SHARD_RANGE", "0-1")))
                .hasMessageContaining("COACH_DISCORD_SHARDS_TOTAL");
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_SHARDS_TOTAL", "2",
                "COACH_DISCORD_SHARD_RANGE", "1-3"))).hasMessageContaining("past the last shard");
        assertThatThrownBy(() -> DiscordSettings.fromEnv(Map.of("DISCORD_TOKEN", "t", "COACH_DISCORD_SHARDS_TOTAL", "two")))
                .hasMessageContaining("whole number");
    }

    @Test
    void shardRangeAcceptsASingleShard() {
        assertThat(DiscordSettings.ShardRange.parse("3")).isEqualTo(new DiscordSettings.ShardRange(3, 3));
        assertThatThrownBy(() -> DiscordSettings.ShardRange.parse("3-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
