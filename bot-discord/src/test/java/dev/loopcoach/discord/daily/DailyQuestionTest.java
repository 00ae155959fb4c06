package dev.loopcoach.discord.daily;

import static dev.loopcoach.discord.fake.Interactions.channel;
import static dev.loopcoach.discord.fake.Interactions.inThread;
import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.buttonIfAny;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily question on Discord, end to end: the real JDA against the fake Discord, the real core daily engine
 * (DailyService, ThreadCoach) over in-memory stores. Each test uses its own day, so they don't depend on each other.
 */
class DailyQuestionTest {
    private static final ChannelKey CHANNEL = DiscordDaily.channel(FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    private static final String ANSWER = "I owned our checkout redesign, interviewed twenty customers, cut the steps from five "
            + "to two and lifted conversion by 9% in six weeks.";
    private static final String FOLLOW_UP_ANSWER = "The data we lacked was churn by cohort; I used three weeks of support "
            + "tickets as a proxy and set a rollback trigger.";
    private static DailyRig rig;
    private static BotHarness h;

    @BeforeAll
    static void start() {
        rig = new DailyRig();
        h = BotHarness.start(CoachFixture.coach(), rig.control);
        rig.poster.attach(h.bot.shards());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("an admin sets the schedule; daily-now posts one question to the channel and opens a thread under it")
    void adminSchedulesAndPostsNow() {
        rig.clock.set(java.time.Instant.parse("2025-03-03T07:00:00Z"));
        Person admin = Person.admin("1500000000000000101", "admin");

        BotHarness.Exchange set = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set",
                channel("channel", FakeDiscord.CHANNEL_ID), string("time", "09:00"), string("timezone", "Europe/Berlin"),
                string("days", "mon-fri")));

        assertThat(set.ephemeral()).isTrue();
        assertThat(text(set.followUps(1))).contains("Daily question set for 09:00 Europe/Berlin, Mon-Fri");
        assertThat(rig.service.current(CHANNEL)).isPresent();

        int before = h.fake.channelMessages(FakeDiscord.CHANNEL_ID).size();
        BotHarness.Exchange now = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-now"));

        assertThat(now.ephemeral()).isTrue();
        assertThat(text(now.followUps(1))).contains("Posted:").contains("counts as today's question");
        List<ObjectNode> posted = h.fake.channelMessages(FakeDiscord.CHANNEL_ID);
        assertThat(posted).hasSize(before + 1);
        ObjectNode post = posted.get(posted.size() - 1);
        assertThat(text(post)).contains("Daily question for Mon 3 Mar").contains("press Answer");
        // the Answer button carries the post's key (to find the post again after an unknown send) and still means Answer
        assertThat(button(post, "Answer")).matches("lcd:answer~lcd[0-9a-f]{21}");
        assertThat(DailyComponent.parse(button(post, "Answer"))).containsInstanceOf(DailyComponent.AnswerOnPost.class);
        assertThat(button(post, "Mute coaching for me")).isEqualTo("lcd:mute");
        String postId = post.path("id").asText();

        Recorded thread = h.fake.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages/" + postId + "/threads"),
                BotHarness.WORK);
        assertThat(thread.status()).isEqualTo(201);
        assertThat(thread.body().path("name").asText()).startsWith("Daily question: ").hasSizeLessThanOrEqualTo(100);
        ObjectNode intro = h.fake.channelMessages(postId).get(0);
        assertThat(button(intro, "Answer")).isEqualTo("lcd:answer:" + FakeDiscord.CHANNEL_ID + ":" + postId);

        DailyPost recorded = rig.dailyStores.posts().findByMessage(CHANNEL, postId).orElseThrow();
        assertThat(recorded.status()).isEqualTo(PostStatus.POSTED);
        assertThat(recorded.localDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    @DisplayName("Answer opens a form; the answer and coaching with a follow-up go to the thread; the follow-up answer continues")
    void answerAndFollowUpInThread() {
        String postId = rig.postNow(CHANNEL, "2025-03-04T07:00:00Z");
        ObjectNode post = h.fake.message(postId);
        Person alex = Person.member("1500000000000000102", "alex");

        BotHarness.Exchange press = h.interact(h.make.button(alex, Where.GUILD, post, button(post, "Answer")));

        assertThat(press.type()).as("the form is the initial response").isEqualTo(9);
        JsonNode modal = press.callback.body().path("data");
        assertThat(modal.path("title").asText()).isEqualTo(DailyAnswerModal.TITLE);
        assertThat(modal.path("custom_id").asText()).isEqualTo("lcd:form:" + FakeDiscord.CHANNEL_ID + ":" + postId);
        assertThat(modal.path("components").get(0).path("component").path("max_length").asInt()).isEqualTo(4000);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(alex, Where.GUILD, modal.path("custom_id").asText(),
                Map.of(DailyAnswerModal.INPUT_ID, ANSWER)));

        assertThat(submit.type()).isEqualTo(5);
        assertThat(submit.ephemeral()).isTrue();
        assertThat(submit.followUps(1).get(0).path("content").asText()).contains("<#" + postId + ">");
        ObjectNode coaching = lastIn(postId);
        assertThat(coaching.path("flags").asLong() & 64).as("visible to the channel").isZero();
        assertThat(text(coaching)).contains("Answer from alex").contains("lifted conversion by 9%")
                .contains("Feedback on your answer").contains("Follow-up");
        String followUpId = button(coaching, "Answer the follow-up");
        assertThat(followUpId).isEqualTo("lcd:follow:" + FakeDiscord.CHANNEL_ID + ":" + postId + ":" + alex.id());
        assertThat(button(coaching, "Mute coaching for me")).isEqualTo("lcd:mute");

        ObjectNode thread = h.fake.thread(postId);
        Person bob = Person.member("1500000000000000103", "bob");
        BotHarness.Exchange foreign = h.interact(inThread(h.make.button(bob, Where.GUILD, coaching, followUpId), thread));
        assertThat(foreign.type()).isEqualTo(4);
        assertThat(foreign.ephemeral()).isTrue();
        assertThat(text(foreign.message())).contains("asked to someone else");

        BotHarness.Exchange again = h.interact(inThread(h.make.button(alex, Where.GUILD, coaching, followUpId), thread));
        assertThat(again.type()).isEqualTo(9);
        assertThat(again.callback.body().path("data").path("title").asText()).isEqualTo(DailyAnswerModal.FOLLOW_UP_TITLE);
        BotHarness.Exchange followUp = h.interact(inThread(h.make.modalSubmit(alex, Where.GUILD,
                again.callback.body().path("data").path("custom_id").asText(), Map.of(DailyAnswerModal.INPUT_ID, FOLLOW_UP_ANSWER)), thread));

        assertThat(followUp.followUps(1).get(0).path("content").asText()).contains("<#" + postId + ">");
        ObjectNode second = lastIn(postId);
        assertThat(text(second)).contains("Feedback on your follow-up answer").contains("churn by cohort");
        assertThat(rig.stores.practice().entries(new dev.loopcoach.core.port.UserKey("discord", alex.id())))
                .as("the first answer counts as practice").hasSize(1);
    }

    @Test
    @DisplayName("daily-verdicts private: the answer is posted in the thread, the verdict only to the person (ephemeral)")
    void privateVerdicts() {
        Person admin = Person.admin("1500000000000000101", "admin");
        String postId = rig.postNow(CHANNEL, "2025-03-06T07:00:00Z");
        ObjectNode post = h.fake.message(postId);
        BotHarness.Exchange set = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-verdicts",
                string("mode", "private")));
        assertThat(text(set.followUps(1))).contains("now go to each person privately");

        Person erin = Person.member("1500000000000000108", "erin");
        String form = h.interact(h.make.button(erin, Where.GUILD, post, button(post, "Answer")))
                .callback.body().path("data").path("custom_id").asText();
        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(erin, Where.GUILD, form, Map.of(DailyAnswerModal.INPUT_ID, ANSWER)));

        assertThat(submit.ephemeral()).isTrue();
        List<ObjectNode> mine = submit.followUps(1);
        assertThat(text(mine)).contains("sent to you privately").contains("Feedback on your answer");
        ObjectNode inThread = lastIn(postId);
        assertThat(text(inThread)).contains("Answer from erin").contains("lifted conversion by 9%")
                .doesNotContain("Feedback on your answer");

        h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-verdicts", string("mode", "public"))).followUps(1);
    }

    @Test
    @DisplayName("Mute stops coaching for the person who pressed it, not for others; the answer comes back privately")
    void muteIsPerUser() {
        String postId = rig.postNow(CHANNEL, "2025-03-05T07:00:00Z");
        ObjectNode post = h.fake.message(postId);
        Person carol = Person.member("1500000000000000104", "carol");
        Person dave = Person.member("1500000000000000105", "dave");

        BotHarness.Exchange mute = h.interact(h.make.button(carol, Where.GUILD, post, button(post, "Mute coaching for me")));
        assertThat(mute.ephemeral()).isTrue();
        List<ObjectNode> confirmation = mute.followUps(1);
        assertThat(text(confirmation)).contains("won't coach");
        assertThat(buttonIfAny(confirmation.get(0), "Turn coaching back on")).contains("lcd:unmute");

        int before = h.fake.channelMessages(postId).size();
        BotHarness.Exchange quiet = answer(carol, post, ANSWER);
        assertThat(text(quiet.followUps(1))).contains("didn't add coaching").contains("checkout redesign");

        ObjectNode intro = h.fake.channelMessages(postId).get(0);
        BotHarness.Exchange press = h.interact(inThread(h.make.button(dave, Where.GUILD, intro, button(intro, "Answer")),
                h.fake.thread(postId)));
        assertThat(press.type()).as("Answer inside the thread opens the same form").isEqualTo(9);
        BotHarness.Exchange coached = h.interact(inThread(h.make.modalSubmit(dave, Where.GUILD,
                press.callback.body().path("data").path("custom_id").asText(), Map.of(DailyAnswerModal.INPUT_ID, ANSWER)),
                h.fake.thread(postId)));
        assertThat(coached.followUps(1).get(0).path("content").asText()).contains("<#" + postId + ">");
        List<ObjectNode> inThread = h.fake.channelMessages(postId);
        assertThat(inThread).hasSize(before + 1);
        assertThat(text(inThread.get(inThread.size() - 1))).contains("Answer from dave").doesNotContain("carol");

        BotHarness.Exchange unmute = h.interact(h.make.button(carol, Where.GUILD, confirmation.get(0), "lcd:unmute"));
        assertThat(text(unmute.followUps(1))).contains("back on");
        assertThat(text(answer(carol, post, ANSWER).followUps(1))).contains("<#" + postId + ">");
    }

    @Test
    @DisplayName("a member without Manage Server cannot set or post the daily question, and nothing is posted")
    void nonAdminRefused() {
        Person member = Person.member("1500000000000000106", "member");
        int before = h.fake.channelMessages(FakeDiscord.CHANNEL_ID).size();

        BotHarness.Exchange set = h.interact(h.make.subcommand(member, Where.GUILD, "coach-server", "daily-set",
                string("time", "09:00")));
        BotHarness.Exchange now = h.interact(h.make.subcommand(member, Where.GUILD, "coach-server", "daily-now"));

        assertThat(text(set.message())).contains("Manage Server");
        assertThat(text(now.message())).contains("Manage Server");
        assertThat(h.fake.channelMessages(FakeDiscord.CHANNEL_ID)).hasSize(before);
    }

    @Test
    @DisplayName("a time zone abbreviation is refused with the core's explanation, and nothing changes")
    void abbreviationRefused() {
        Person admin = Person.admin("1500000000000000107", "admin2");

        BotHarness.Exchange x = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set",
                string("time", "09:00"), string("timezone", "EST")));

        assertThat(x.type()).isEqualTo(4);
        assertThat(text(x.message())).contains("abbreviation");
    }

    @Test
    @DisplayName("daily-set with a topic rotates through that principle; an unknown topic is refused and nothing changes")
    void adminSetsADailyTopic() {
        Person admin = Person.admin("1500000000000000052", "topics");
        BotHarness.Exchange set = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set",
                channel("channel", FakeDiscord.CHANNEL_ID), string("time", "10:00"), string("topic", "dive deep")));

        assertThat(text(set.followUps(1))).contains("Dive Deep");
        assertThat(rig.service.current(CHANNEL)).hasValueSatisfying(s -> assertThat(s.schedule().rotation())
                .isEqualTo(new dev.loopcoach.core.daily.Rotation.SinglePrinciple(dev.loopcoach.core.lp.LeadershipPrinciple.DIVE_DEEP)));

        BotHarness.Exchange bad = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set",
                channel("channel", FakeDiscord.CHANNEL_ID), string("topic", "quantum leadership")));
        assertThat(text(bad.message())).contains("not a topic I know");
        assertThat(rig.service.current(CHANNEL)).hasValueSatisfying(s -> assertThat(s.schedule().rotation())
                .isEqualTo(new dev.loopcoach.core.daily.Rotation.SinglePrinciple(dev.loopcoach.core.lp.LeadershipPrinciple.DIVE_DEEP)));
    }

    @Test
    @DisplayName("a thread message that mentions the bot is coached in the thread; other messages are ignored")
    void mentionInThread() {
        String postId = rig.postNow(CHANNEL, "2025-03-06T07:00:00Z");
        h.fake.await(r -> r.is("POST", "/channels/" + postId + "/messages"), BotHarness.WORK);
        ObjectNode ignored = h.fake.dispatchUserMessage(postId, "1500000000000000108", "erin", ANSWER, false);
        ObjectNode mention = h.fake.dispatchUserMessage(postId, "1500000000000000108", "erin",
                "<@" + FakeDiscord.APP_ID + "> " + ANSWER, true);

        Recorded reply = h.fake.await(r -> r.is("POST", "/channels/" + postId + "/messages")
                && r.body().path("message_reference").path("message_id").asText().equals(mention.path("id").asText()), BotHarness.WORK);

        assertThat(text(h.fake.messageOf(reply))).contains("Feedback on your answer").doesNotContain("Answer from");
        assertThat(buttonIfAny(h.fake.messageOf(reply), "Answer the follow-up"))
                .contains("lcd:follow:" + FakeDiscord.CHANNEL_ID + ":" + postId + ":1500000000000000108");
        assertThat(h.fake.requests()).noneMatch(r -> r.body().path("message_reference").path("message_id").asText()
                .equals(ignored.path("id").asText()));
    }

    @Test
    @DisplayName("with the daily engine the bot adds only Guild Messages, never a privileged intent")
    void intents() {
        JsonNode identify = h.fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2).findFirst().orElseThrow();
        long intents = identify.path("d").path("intents").asLong();
        long guilds = 1;
        long guildMessages = 1 << 9;
        long privileged = (1 << 1) | (1 << 8) | (1 << 15);

        assertThat(intents).isEqualTo(guilds | guildMessages);
        assertThat(intents & privileged).isZero();
    }

    @Test
    @DisplayName("a channel the bot may not post in: the admin is told why, and today's slot stays free")
    void refusedChannel() {
        rig.clock.set(java.time.Instant.parse("2025-03-07T07:00:00Z"));
        String closed = "1400000000000000077";
        h.fake.forbidChannel(closed);
        Person admin = Person.admin("1500000000000000109", "admin3");
        h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set", channel("channel", closed),
                string("time", "09:00"), string("timezone", "UTC"))).followUps(1);

        BotHarness.Exchange now = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-now"));

        assertThat(text(now.followUps(1))).contains("couldn't post in this channel").contains("Missing Access");
        ChannelKey closedKey = DiscordDaily.channel(FakeDiscord.GUILD_ID, closed);
        assertThat(rig.dailyStores.posts().postedQuestions(closedKey)).isEmpty();
        assertThat(rig.service.current(CHANNEL)).as("one daily channel per server: the old one is off").isEmpty();
        rig.service.off(closedKey, "test");
    }

    private static BotHarness.Exchange answer(Person p, ObjectNode post, String text) {
        BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, post, button(post, "Answer")));
        return h.interact(h.make.modalSubmit(p, Where.GUILD, press.callback.body().path("data").path("custom_id").asText(),
                Map.of(DailyAnswerModal.INPUT_ID, text)));
    }

    /** The newest message the bot posted in a thread, waiting briefly for it. */
    private static ObjectNode lastIn(String threadId) {
        List<ObjectNode> all = h.fake.channelMessages(threadId);
        return all.get(all.size() - 1);
    }
}
