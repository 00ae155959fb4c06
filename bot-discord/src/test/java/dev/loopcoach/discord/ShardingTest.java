package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A process configured for part of the shards connects only those, with the right shard ids. */
class ShardingTest {

    @Test
    void givenShardRange_identifiesOnlyThoseShardsOfTheTotal() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start(List.of())) {
            DiscordSettings settings = DiscordSettings.ofToken("fake-token")
                    .withEndpoints(fake.restBaseUrl(), fake.gatewayUrl())
                    .withShards(4, DiscordSettings.ShardRange.parse("3"));
            try (DiscordBot bot = DiscordBot.start(settings, CoachFixture.coach())) {
                assertThat(bot.awaitReady(Duration.ofSeconds(10))).isTrue();

                List<JsonNode> identifies = fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2).toList();
                assertThat(identifies).singleElement().satisfies(i -> {
                    assertThat(i.path("d").path("shard").toString()).isEqualTo("[3,4]");
                    assertThat(i.path("d").path("intents").asInt() & ~1).as("no intent beyond GUILDS").isZero();
                    assertThat(i.path("d").path("token").asText()).isEqualTo("fake-token");
                });
                assertThat(bot.shards().getShards()).singleElement()
                        .satisfies(jda -> assertThat(jda.getShardInfo().getShardId()).isEqualTo(3));
                assertThat(fake.requests()).noneMatch(r -> r.path().startsWith("/gateway"));
                assertThat(bot.commandsRegistered().get(10, java.util.concurrent.TimeUnit.SECONDS)).hasSize(3);
                assertThat(fake.commands()).containsKey("global");
            }
        }
    }
}
