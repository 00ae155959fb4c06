package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.daily.DailyChannel;
import dev.loopcoach.slack.daily.DailyControl;
import dev.loopcoach.slack.daily.DailyPublisher;
import dev.loopcoach.slack.daily.DailySchedule;
import dev.loopcoach.slack.daily.DailyTopic;
import dev.loopcoach.slack.event.ThreadReply;
import dev.loopcoach.slack.event.ThreadReplyHandler;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Thread coaching and the daily commands through the real Bolt app, with a small stand-in for the daily
 * engine (it posts through the adapter's publisher and coaches replies in the threads it posted).
 */
class ThreadAndDailyTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String LISTED = "U0LISTED";
    private static HttpBot bot;
    private static StandInEngine engine;

    /** Records what the adapter asks of the engine; posts and coaches like the real one would. */
    static final class StandInEngine implements DailyControl, ThreadReplyHandler {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<ThreadReply> replies = new CopyOnWriteArrayList<>();
        final java.util.Map<String, String> threads = new java.util.concurrent.ConcurrentHashMap<>();
        volatile DailyPublisher publisher;
        volatile DailySchedule lastSchedule;

        @Override
        public Reply set(DailyChannel channel, DailySchedule schedule) {
            calls.add("set " + channel.channelId());
            lastSchedule = schedule;
            return Reply.info("Daily questions set for this channel.");
        }

        @Override
        public Reply off(DailyChannel channel) {
            calls.add("off " + channel.channelId());
            return Reply.info("Daily questions are off.");
        }

        @Override
        public Reply postNow(DailyChannel channel) {
            calls.add("now " + channel.channelId());
            DailyPublisher.PostedQuestion posted = publisher.post(channel.channelId(), Reply.builder(Reply.Kind.QUESTION)
                    .heading("Question of the day")
                    .paragraph("Tell me about a time you disagreed with your manager. Reply in the thread.")
                    .build());
            threads.put(posted.ts(), posted.channelId());
            return Reply.info("Posted today's question.");
        }

        @Override
        public Reply describe(DailyChannel channel) {
            return Reply.info("Daily questions: weekdays at 09:00 Europe/Berlin.");
        }

        @Override
        public Optional<Reply> onReply(ThreadReply reply) {
            replies.add(reply);
            if (!reply.channelId().equals(threads.get(reply.threadTs()))) {
                return Optional.empty();
            }
            return Optional.of(Reply.builder(Reply.Kind.FEEDBACK).heading("Coaching")
                    .quote(reply.text()).paragraph("What was the result, in numbers?").build());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        engine = new StandInEngine();
        bot = new HttpBot(p -> {
            engine.publisher = p;
            return new SlackHooks(engine, engine);
        }, Set.of(LISTED));
        bot.fake.admin(ADMIN);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    @DisplayName("/coach daily now by a workspace admin posts once; a thread answer delivered three times is coached once")
    void givenDailyPost_threadReplyRetriedThreeTimes_answeredOnce() throws Exception {
        String channel = "C0DAILY1";
        // WHEN an admin asks for today's question now
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "dn-1");

        // THEN the ack is empty, the question is posted once in the channel and the admin is told privately
        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call post = bot.fake.await(postIn(channel, null), 1, Duration.ofSeconds(5)).get(0);
        assertThat(post.visibleText()).contains("Question of the day");
        assertThat(bot.fake.await(c -> c.path().endsWith("/dn-1"), 1, Duration.ofSeconds(5)).get(0).body()).contains("Posted");
        String threadTs = awaitThread(channel);

        // WHEN a member replies in the thread and Slack delivers that event three times (two retries)
        JsonObject event = SlackRequests.messageEvent("U0MEMBER1", channel, "channel", "I pushed back with data & <!channel> saw it",
                "1700000200.000100", threadTs);
        for (Integer retry : new Integer[] {null, 1, 2}) {
            assertThat(bot.requests.event("Ev0THREAD1", event, retry).statusCode()).isEqualTo(200);
        }

        // THEN exactly one coaching reply is posted, in the thread, with a mute button and no live mention
        List<FakeSlack.Call> coaching = bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5));
        bot.fake.assertNoMore(postIn(channel, threadTs), 1, Duration.ofMillis(500));
        assertThat(engine.replies).filteredOn(r -> r.userId().equals("U0MEMBER1")).hasSize(1);
        String text = coaching.get(0).visibleText();
        assertThat(text).contains("Coaching").contains("&amp;").contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(MockInterviewFlowTest.buttons(coaching.get(0))).extracting(b -> b.get("action_id").getAsString())
                .containsExactly("lc.mute_threads");
        assertThat(engine.calls).filteredOn(c -> c.endsWith(channel)).containsExactly("now " + channel);
    }

    @Test
    @DisplayName("a member who mutes thread coaching gets an ephemeral confirmation and no more coaching")
    void givenMuteClicked_noMoreCoaching() throws Exception {
        String channel = "C0DAILY2";
        bot.requests.slashCommand("/coach", "daily now", LISTED, channel, "mute-post");
        bot.fake.await(postIn(channel, null), 1, Duration.ofSeconds(5));
        String threadTs = awaitThread(channel);

        // WHEN the member clicks "Mute coaching for me" under a coaching reply
        bot.requests.buttonClick("U0MUTER", channel, "lc.mute_threads", null, false, "mute-click");

        // THEN only they see a confirmation, and their next reply in the thread gets no answer
        assertThat(bot.fake.await(c -> c.path().endsWith("/mute-click"), 1, Duration.ofSeconds(5)).get(0).body())
                .contains("ephemeral").contains("off");
        bot.requests.event("Ev0MUTED1", SlackRequests.messageEvent("U0MUTER", channel, "channel", "my answer",
                "1700000300.000100", threadTs), null);
        bot.fake.assertNoMore(postIn(channel, threadTs), 0, Duration.ofMillis(500));

        // AND /coach unmute turns it back on
        bot.requests.slashCommand("/coach", "unmute", "U0MUTER", channel, "unmute-1");
        assertThat(bot.fake.await(c -> c.path().endsWith("/unmute-1"), 1, Duration.ofSeconds(5)).get(0).body()).contains("on");
        bot.requests.event("Ev0MUTED2", SlackRequests.messageEvent("U0MUTER", channel, "channel", "second answer",
                "1700000301.000100", threadTs), null);
        bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("bot messages, edits and replies outside our threads are left alone")
    void givenBotOrEditedOrForeignThread_noCoaching() throws Exception {
        String channel = "C0QUIET";
        JsonObject fromBot = SlackRequests.messageEvent("U0OTHERBOT", channel, "channel", "beep", "1700000400.000100", "1700000000.000001");
        fromBot.addProperty("bot_id", "B0OTHER");
        JsonObject edited = SlackRequests.messageEvent("U0EDIT", channel, "channel", "edited", "1700000400.000200", "1700000000.000001");
        edited.addProperty("subtype", "message_changed");
        JsonObject foreign = SlackRequests.messageEvent("U0FOREIGN", channel, "channel", "hello", "1700000400.000300", "1600000000.000001");

        assertThat(bot.requests.event("Ev0Q1", fromBot, null).statusCode()).isEqualTo(200);
        assertThat(bot.requests.event("Ev0Q2", edited, null).statusCode()).isEqualTo(200);
        assertThat(bot.requests.event("Ev0Q3", foreign, null).statusCode()).isEqualTo(200);

        bot.fake.assertNoMore(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")), 0,
                Duration.ofMillis(400));
        assertThat(engine.replies).extracting(ThreadReply::userId).contains("U0FOREIGN").doesNotContain("U0OTHERBOT", "U0EDIT");
    }

    @Test
    @DisplayName("a thread reply also sent to the channel (subtype thread_broadcast) is coached in the thread")
    void givenThreadBroadcast_coached() throws Exception {
        String channel = "C0DAILY6";
        bot.requests.slashCommand("/coach", "daily now", LISTED, channel, "bc-post");
        String threadTs = awaitThread(channel);
        JsonObject event = SlackRequests.messageEvent("U0BCAST", channel, "channel", "broadcast answer", "1700000700.000100", threadTs);
        event.addProperty("subtype", "thread_broadcast");
        JsonObject root = new JsonObject();
        root.addProperty("user", FakeSlack.BOT_USER);
        root.addProperty("ts", threadTs);
        event.add("root", root);

        bot.requests.event("Ev0BCAST1", event, null);

        assertThat(bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5)).get(0).visibleText()).contains("broadcast answer");
    }

    @Test
    @DisplayName("a member who is not an admin cannot change daily questions; nothing reaches the engine")
    void givenNonAdmin_dailyRefused() throws Exception {
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "daily off", "U0PLAIN", "C0DAILY3", "deny-1");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(bot.fake.await(c -> c.path().endsWith("/deny-1"), 1, Duration.ofSeconds(5)).get(0).body())
                .contains("Only workspace admins");
        assertThat(bot.fake.calls("users.info")).anySatisfy(c -> assertThat(c.param("user")).isEqualTo("U0PLAIN"));
        assertThat(engine.calls).noneMatch(c -> c.endsWith("C0DAILY3"));
    }

    @Test
    @DisplayName("/coach daily set hands the engine the parsed time, IANA zone, days and topic")
    void givenDailySet_scheduleReachesEngine() throws Exception {
        bot.requests.slashCommand("/coach", "daily set 08:30 America/New_York mon,wed,fri product", LISTED, "C0DAILY4", "set-1");

        assertThat(bot.fake.await(c -> c.path().endsWith("/set-1"), 1, Duration.ofSeconds(5)).get(0).body()).contains("set");
        assertThat(engine.lastSchedule.time()).isEqualTo(LocalTime.of(8, 30));
        assertThat(engine.lastSchedule.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(engine.lastSchedule.days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        assertThat(engine.lastSchedule.topic()).isEqualTo(new DailyTopic.OfCategory(dev.loopcoach.core.bank.Category.PRODUCT_SENSE));
    }

    @Test
    @DisplayName("a daily set with an unknown time zone is explained in the ack and changes nothing")
    void givenBadZone_friendlyAck() throws Exception {

        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "daily set 09:00 Mars/Olympus", LISTED, "C0DAILY5", "zone-1");

        assertThat(ack.body()).contains("Mars/Olympus").contains("Europe/Berlin");
        assertThat(engine.calls).noneMatch(c -> c.endsWith("C0DAILY5"));
    }

    private static String awaitThread(String channel) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            Optional<String> ts = engine.threads.entrySet().stream()
                    .filter(e -> e.getValue().equals(channel)).map(java.util.Map.Entry::getKey).findFirst();
            if (ts.isPresent()) {
                return ts.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no daily post in " + channel);
    }

    private static Predicate<FakeSlack.Call> postIn(String channel, String threadTs) {
        return c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))
                && (threadTs == null ? c.param("thread_ts") == null : threadTs.equals(c.param("thread_ts")));
    }
}
