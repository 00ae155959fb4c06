package dev.loopcoach.discord;

import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Discord that never sends GUILD_CREATE (READY lists no guilds), so the bot knows servers only from
 * what each interaction carries. The whole flow still works, and the permission check still holds. The
 * server asked for private threads, which need the channel cache, so the bot says so and keeps the
 * interview in private replies.
 */
class UncachedGuildTest {

    @Test
    void givenNoGuildCache_interviewAndPermissionCheckStillWork() {
        ChannelSettingsStore settings = new InMemoryStores().channelSettings();
        settings.put(ChannelSettingsStore.ChannelKey.workspaceWide("discord", FakeDiscord.GUILD_ID), "discord.interview-mode",
                "private-thread");
        try (BotHarness h = BotHarness.start(FakeDiscord.start(List.of()), CoachFixture.coach(), DailyControl.notConfigured(),
                false, settings)) {
            Person alex = Person.member("1500000000000000051", "alex");

            BotHarness.Exchange start = h.interact(h.make.slash(alex, Where.GUILD, "mockinterview", string("type", "metrics")));
            assertThat(start.ephemeral()).isTrue();
            List<ObjectNode> q = start.replyWithButtons();
            assertThat(text(q)).contains("couldn't open a private thread").contains("Question 1 of 3");
            ObjectNode card = q.get(q.size() - 1);
            BotHarness.Exchange press = h.interact(h.make.button(alex, Where.GUILD, card, button(card, "Answer")));
            assertThat(press.type()).isEqualTo(9);
            BotHarness.Exchange submit = h.interact(h.make.modalSubmit(alex, Where.GUILD,
                    press.callback.body().path("data").path("custom_id").asText(),
                    Map.of("answer", "I would track weekly active buyers, then conversion and repeat rate.")));
            assertThat(text(submit.replyWithButtons())).contains("Feedback");

            BotHarness.Exchange refused = h.interact(h.make.subcommand(alex, Where.GUILD, "coach-server", "daily-off"));
            assertThat(text(refused.message())).contains("Manage Server");
            BotHarness.Exchange admin = h.interact(h.make.subcommand(Person.admin("1500000000000000052", "boss"), Where.GUILD,
                    "coach-server", "daily-off"));
            assertThat(text(admin.message())).contains("not configured");
        }
    }
}
