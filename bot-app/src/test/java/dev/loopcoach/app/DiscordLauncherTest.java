package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./coach discord} as a process: the real launcher, the real JDA, a fake Discord on loopback. */
class DiscordLauncherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path home;

    @Test
    @DisplayName("the launcher registers the commands and answers /mockinterview with a question inside the deadline")
    void launcherServesAMockInterview() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start();
             LauncherProcess bot = LauncherProcess.start(home, Map.of(
                     "DISCORD_TOKEN", "fake-token",
                     "COACH_DISCORD_API_URL", fake.restBaseUrl(),
                     "COACH_DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                     "COACH_DISCORD_GUILD", FakeDiscord.GUILD_ID,
                     "COACH_DATA_DIR", home.resolve("data").toString()), "discord")) {
            fake.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID), TIMEOUT);

            Interactions make = new Interactions(fake);
            FakeDiscord.Dispatched d = fake.dispatchInteraction(make.slash(Person.member("1500000000000000001", "alex"), Where.GUILD,
                    "mockinterview", Interactions.string("type", "behavioral"), Interactions.string("level", "pm")));
            Recorded callback = fake.awaitCallback(d);
            assertThat(callback.callbackType()).isEqualTo(5);
            assertThat(fake.callbackDelayMillis(d, callback)).isLessThan(3000);

            List<Recorded> followUps = fake.awaitFollowUps(d, 1, TIMEOUT);
            JsonNode message = followUps.get(0).body();
            assertThat(message.toString()).contains("Question 1 of 3").contains("PM I/II");
            assertThat(message.path("allowed_mentions").path("parse").size()).isZero();
            assertThat(bot.stderr()).doesNotContain("fake-token");
        }
    }
}
