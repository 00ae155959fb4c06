package dev.loopcoach.discord;

import static dev.loopcoach.discord.fake.Interactions.inThread;
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
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A server that chose "a private thread per interview". */
class ThreadModeTest {
    private static final ChannelSettingsStore settings = new InMemoryStores().channelSettings();
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = BotHarness.start(FakeDiscord.start(), CoachFixture.coach(), DailyControl.notConfigured(), true, settings);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("a member cannot change the interview privacy")
    void memberCannotChoose() {
        BotHarness.Exchange x = h.interact(h.make.subcommand(Person.member("1500000000000000061", "m"), Where.GUILD,
                "coach-server", "interview-privacy", string("mode", "private-thread")));

        assertThat(x.type()).isEqualTo(4);
        assertThat(text(x.message())).contains("Manage Server");
    }

    @Test
    @DisplayName("after an admin chooses threads, /mockinterview opens a private thread and the interview runs there")
    void interviewInPrivateThread() {
        Person admin = Person.admin("1500000000000000062", "admin");
        BotHarness.Exchange choose = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "interview-privacy",
                string("mode", "private-thread")));
        assertThat(text(choose.followUps(1))).contains("private thread");
        assertThat(settings.get(ChannelSettingsStore.ChannelKey.workspaceWide("discord", FakeDiscord.GUILD_ID),
                "discord.interview-mode")).contains("private-thread");

        Person alex = Person.member("1500000000000000063", "alex");
        BotHarness.Exchange start = h.interact(h.make.slash(alex, Where.GUILD, "mockinterview"));

        assertThat(start.type()).isEqualTo(5);
        assertThat(start.ephemeral()).isTrue();
        String pointer = start.followUps(1).get(0).path("content").asText();
        Matcher m = Pattern.compile("<#(\\d+)>").matcher(pointer);
        assertThat(m.find()).as("pointer to the thread: %s", pointer).isTrue();
        String threadId = m.group(1);
        Recorded created = h.fake.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/threads"), BotHarness.WORK);
        assertThat(created.body().path("type").asInt()).as("private thread").isEqualTo(12);
        assertThat(created.body().path("invitable").asBoolean(true)).isFalse();
        assertThat(h.fake.threadMembers(threadId)).contains(alex.id());
        Recorded posted = h.fake.await(r -> r.is("POST", "/channels/" + threadId + "/messages"), BotHarness.WORK);
        ObjectNode card = h.fake.messageOf(posted);
        assertThat(text(card)).contains("Question 1 of 3");
        assertThat(card.path("flags").asLong() & 64).isZero();

        ObjectNode thread = h.fake.thread(threadId);
        BotHarness.Exchange press = h.interact(inThread(h.make.button(alex, Where.GUILD, card, button(card, "Answer")), thread));
        assertThat(press.type()).isEqualTo(9);
        BotHarness.Exchange submit = h.interact(inThread(h.make.modalSubmit(alex, Where.GUILD,
                press.callback.body().path("data").path("custom_id").asText(),
                Map.of("answer", "I ran the pricing test myself and raised conversion by 6%.")), thread));

        assertThat(submit.type()).isEqualTo(5);
        assertThat(submit.ephemeral()).as("the thread is already private").isFalse();
        List<ObjectNode> feedback = submit.replyWithButtons();
        assertThat(text(feedback)).contains("Feedback");
    }
}
