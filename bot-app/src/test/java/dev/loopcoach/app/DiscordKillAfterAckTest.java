package dev.loopcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.storage.DatabaseConfig;
import dev.loopcoach.storage.Storage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./coach discord} killed with SIGKILL right after it deferred a modal answer (Discord never sends a modal's
 * text again): once restarted, the answer is coached exactly once and the reply reaches the candidate, in the
 * deferred interaction if the first process got that far, else in their direct messages.
 */
class DiscordKillAfterAckTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String ANSWER = "In 2024 I owned the seller returns flow. Refunds took nine days, so my task was "
            + "to cut that before peak. I mapped every step, removed two manual approvals and shipped the change in three "
            + "weeks. Refunds now take four days.";

    @TempDir
    Path home;

    @Test
    void givenH2_whenKilledRightAfterTheDefer_thenTheModalAnswerIsCoachedOnceAfterTheRestart() throws Exception {
        Path data = home.resolve("data");
        Person alex = Person.member("1500000000000000071", "alex");
        try (FakeDiscord fake = FakeDiscord.start()) {
            Map<String, String> env = env(fake, data);
            Interactions make = new Interactions(fake);
            FakeDiscord.Dispatched submit;
            try (LauncherProcess first = LauncherProcess.start(home, env, "discord")) {
                fake.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID), TIMEOUT);
                FakeDiscord.Dispatched start = fake.dispatchInteraction(make.slash(alex, Where.GUILD, "mockinterview",
                        Interactions.string("type", "behavioral"), Interactions.string("level", "pm")));
                ObjectNode card = withButtons(fake, start);
                FakeDiscord.Dispatched press = fake.dispatchInteraction(make.button(alex, Where.GUILD, card,
                        BotHarness.button(card, "Answer")));
                String form = fake.awaitCallback(press).body().path("data").path("custom_id").asText();

                submit = fake.dispatchInteraction(make.modalSubmit(alex, Where.GUILD, form, Map.of("answer", ANSWER)));
                assertThat(fake.awaitCallback(submit).callbackType()).as("deferred: acknowledged").isEqualTo(5);
                first.kill(); // SIGKILL at once: no shutdown hook, no drain
            }

            String token = submit.token();
            String dm = "/channels/" + FakeDiscord.dmChannelOf(alex.id()) + "/messages";
            try (LauncherProcess second = LauncherProcess.start(home, env, "discord")) {
                Recorded reply = fake.await(r -> r.method().equals("POST")
                        && (r.path().startsWith("/webhooks/") && r.path().contains(token) || r.path().equals(dm))
                        && (String.valueOf(r.body()).contains("Bar Raiser feedback")
                        || String.valueOf(r.body()).contains("already taken your answer")), TIMEOUT);
                assertThat(reply.status()).isLessThan(300);
                second.kill();
            }
            try (Storage storage = Storage.open(DatabaseConfig.h2File(data))) {
                long turns = storage.sessions().recent(new UserKey("discord", alex.id()), 1).get(0).session().transcript()
                        .stream().filter(t -> t.answer().equals(ANSWER)).count();
                assertThat(turns).as("the answer is in the transcript exactly once").isEqualTo(1);
            }
        }
    }

    @Test
    void givenH2_whenKilledRightAfterDeferringASlashCommand_thenTheInterviewStartsOnceAfterTheRestart() throws Exception {
        Path data = home.resolve("data");
        Person sam = Person.member("1500000000000000072", "sam");
        try (FakeDiscord fake = FakeDiscord.start()) {
            Map<String, String> env = env(fake, data);
            Interactions make = new Interactions(fake);
            FakeDiscord.Dispatched start;
            try (LauncherProcess first = LauncherProcess.start(home, env, "discord")) {
                fake.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID), TIMEOUT);
                start = fake.dispatchInteraction(make.slash(sam, Where.GUILD, "mockinterview",
                        Interactions.string("type", "behavioral"), Interactions.string("level", "senior")));
                assertThat(fake.awaitCallback(start).callbackType()).as("deferred: acknowledged").isEqualTo(5);
                first.kill(); // SIGKILL at once, before the first question could be sent
            }

            String token = start.token();
            String dm = "/channels/" + FakeDiscord.dmChannelOf(sam.id()) + "/messages";
            try (LauncherProcess second = LauncherProcess.start(home, env, "discord")) {
                Recorded reply = fake.await(r -> r.method().equals("POST")
                        && (r.path().startsWith("/webhooks/") && r.path().contains(token) || r.path().equals(dm))
                        && (String.valueOf(r.body()).contains("Question 1 of")
                        || String.valueOf(r.body()).contains("already done what you asked")), TIMEOUT);
                assertThat(reply.status()).isLessThan(300);
                second.kill();
            }
            try (Storage storage = Storage.open(DatabaseConfig.h2File(data))) {
                assertThat(storage.sessions().recent(new UserKey("discord", sam.id()), 5))
                        .as("the acknowledged /mockinterview started exactly one interview").hasSize(1);
            }
        }
    }

    /** {@code ./coach discord} against the fake, on the embedded store in {@code data}. */
    private static Map<String, String> env(FakeDiscord fake, Path data) {
        return Map.of("DISCORD_TOKEN", "fake-token", "COACH_DISCORD_API_URL", fake.restBaseUrl(),
                "COACH_DISCORD_GATEWAY_URL", fake.gatewayUrl(), "COACH_DISCORD_GUILD", FakeDiscord.GUILD_ID,
                "COACH_DATA_DIR", data.toString());
    }

    private static ObjectNode withButtons(FakeDiscord fake, FakeDiscord.Dispatched d) {
        for (int n = 1; ; n++) {
            List<Recorded> sent = fake.awaitFollowUps(d, n, TIMEOUT);
            ObjectNode last = fake.messageOf(sent.get(sent.size() - 1));
            if (last.path("components").size() > 0) {
                return last;
            }
        }
    }
}
