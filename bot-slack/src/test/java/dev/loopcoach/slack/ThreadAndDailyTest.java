package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.daily.Days;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.daily.Rotation;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.slack.daily.SlackDaily;
import dev.loopcoach.slack.render.Mrkdwn;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The daily questions and thread coaching through the real Bolt app over loopback HTTP, with the real core engine
 * ({@code DailyService}, {@code ThreadCoach}) on in-memory stores, connected by {@link SlackDaily} as the launcher
 * does it. The answer analysis is the test stand-in ({@link TestCoach.EchoAnswerCoach}): it asks the question's
 * first follow-up. The engine's clock stands at Wednesday 25 March 2026, 08:00 in Berlin.
 */
class ThreadAndDailyTest {
    private static final String ADMIN = "U0ADMIN";
    private static final String LISTED = "U0LISTED";
    private static final String ANSWER = "I owned the migration when our vendor failed, planned the cutover myself "
            + "and we cut the monthly cost by 30 percent within a quarter.";
    private static final String FOLLOW_UP_ANSWER = "I measured it against the old invoices every week and shared "
            + "the numbers with finance and my manager.";
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2026-03-25T07:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), java.util.Set.of(LISTED), java.util.Optional.empty());
        bot.fake.admin(ADMIN);
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    @DisplayName("/coach daily set 09:00 Europe/Berlin mon-fri by a workspace admin stores the schedule in the core; anyone can read it")
    void givenAdmin_dailySet_storedInTheCore() throws Exception {
        String channel = "C0SET";
        // WHEN a workspace admin sets the schedule (Slack's users.info, the admin check, answering slowly)
        bot.fake.usersInfoMillis = 700;
        HttpResponse<String> ack;
        try {
            ack = bot.requests.slashCommand("/coach", "daily set 09:00 Europe/Berlin mon-fri", ADMIN, channel, "set-1");
        } finally {
            bot.fake.usersInfoMillis = 0;
        }

        // THEN the schedule is stored before Slack has its ack (a change Slack was told about is a change kept), the
        // core's answer reaches the admin privately
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(engine.daily.settings().find(key(channel))).as("stored by the time of the ack").isPresent();
        FakeSlack.Call reply = response("set-1");
        assertThat(reply.body()).contains("ephemeral");
        assertThat(reply.visibleText()).contains("Daily question set for 09:00 Europe/Berlin, Mon-Fri")
                .contains("Next post: Wed 25 Mar 2026, 09:00 CET");
        DailySettings stored = engine.daily.settings().find(key(channel)).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.schedule()).isEqualTo(new DailySchedule(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
                Days.weekdays(), Rotation.allPrinciples()));

        // AND a plain member may read the settings with /coach daily
        bot.requests.slashCommand("/coach", "daily", "U0READER", channel, "describe-1");
        assertThat(response("describe-1").visibleText()).contains("Daily questions here: 09:00 Europe/Berlin, Mon-Fri");
    }

    @Test
    @DisplayName("/coach daily set with days and a category, by a user on the allow-list, is read by the core's parser")
    void givenDaysAndCategory_coreParserReadsThem() throws Exception {
        String channel = "C0SET2";
        bot.requests.slashCommand("/coach", "daily set 08:30 America/New_York mon,wed,fri product", LISTED, channel, "set-2");

        assertThat(response("set-2").visibleText()).contains("Daily question set for 08:30 America/New_York");
        DailySchedule s = engine.daily.settings().find(key(channel)).orElseThrow().schedule();
        assertThat(s.time()).isEqualTo(LocalTime.of(8, 30));
        assertThat(s.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(s.days()).isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        assertThat(s.rotation()).isEqualTo(new Rotation.OfCategory(Category.PRODUCT_SENSE));
    }

    @Test
    @DisplayName("/coach daily now posts exactly one question; a second now posts the one extra; a third is refused politely")
    void givenDailyNow_postsOnceThenOneExtraThenRefuses() throws Exception {
        String channel = "C0NOW";
        // WHEN an admin asks for a question now (Slack's users.info, the admin check, answering slowly)
        bot.fake.usersInfoMillis = 700;
        HttpResponse<String> ack;
        try {
            ack = bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "now-1");
        } finally {
            bot.fake.usersInfoMillis = 0;
        }

        // THEN today's post is claimed before Slack has its ack (a process that dies now leaves a claim the engine's
        // repair posts), and exactly one channel message carries the question the core recorded, and its ts is the post's reference
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(engine.daily.posts().find(key(channel), LocalDate.of(2026, 3, 25), PostKind.SCHEDULED))
                .as("claimed by the time of the ack").isPresent();
        assertThat(response("now-1").visibleText()).contains("Posted:");
        DailyPost first = awaitPosts(channel, 1).get(0);
        assertThat(first.kind()).isEqualTo(PostKind.SCHEDULED);
        List<FakeSlack.Call> posts = bot.fake.await(rootPostIn(channel), 1, Duration.ofSeconds(5));
        Question q = question(first);
        assertThat(posts.get(0).visibleText()).contains("Daily question for Wed 25 Mar").contains(Mrkdwn.escape(q.text()));
        assertThat(posts.get(0).param("link_names")).isIn("0", "false");
        assertThat(first.messageRef()).hasValueSatisfying(ts -> assertThat(ts).matches("\\d+\\.\\d{6}"));

        // WHEN a second "now" comes the same day: the core posts one extra question (a different one)
        bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "now-2");
        assertThat(response("now-2").visibleText()).contains("Posted:");
        DailyPost extra = awaitPosts(channel, 2).get(1);
        assertThat(extra.kind()).isEqualTo(PostKind.EXTRA);
        assertThat(extra.questionId()).isNotEqualTo(first.questionId());

        // WHEN a third "now" comes: nothing more is posted, and the admin is told why
        bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "now-3");
        assertThat(response("now-3").visibleText()).contains("already posted");
        // (one admin's commands run in order, so by this answer all three have been handled)
        assertThat(bot.fake.calls()).filteredOn(rootPostIn(channel)).hasSize(2);
    }

    @Test
    @DisplayName("a thread answer delivered three times (X-Slack-Retry-Num) gets one coaching reply with one follow-up; "
            + "a reply to the follow-up continues")
    void givenThreadAnswerRetried_coachedOnce_thenFollowUpContinues() throws Exception {
        String channel = "C0THREAD";
        String member = "U0MEMBER1";
        DailyPost post = postNow(channel, "thread-post");
        String threadTs = post.messageRef().orElseThrow();
        Question q = question(post);
        assertThat(q.followUps()).as("the posted question has follow-ups").isNotEmpty();

        // WHEN a member answers in the thread and Slack delivers that event three times (two retries)
        JsonObject event = SlackRequests.messageEvent(member, channel, "channel", ANSWER, "1700000200.000100", threadTs);
        for (Integer retry : new Integer[] {null, 1, 2}) {
            assertThat(bot.requests.event("Ev0THREAD1", event, retry).statusCode()).isEqualTo(200);
        }

        // THEN a coaching reply is posted in the thread, with the first follow-up and a mute button
        FakeSlack.Call coaching = bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5)).get(0);
        assertThat(coaching.visibleText()).contains("Feedback on your answer").contains("Follow-up")
                .contains(Mrkdwn.escape(q.followUps().get(0)));
        String header = com.google.gson.JsonParser.parseString(coaching.param("blocks")).getAsJsonArray().get(0)
                .getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject().get("text").getAsString();
        assertThat(header).as("names whose answer it judges: one person, never a broadcast").isEqualTo("For <@" + member + ">");
        assertThat(MockInterviewFlowTest.buttons(coaching)).extracting(b -> b.get("action_id").getAsString())
                .containsExactly("lc.mute_threads");
        UserKey user = SlackUsers.key(FakeSlack.TEAM, member);

        // WHEN the member answers the follow-up (one member's events are handled in order, after the retries)
        bot.requests.event("Ev0THREAD2", SlackRequests.messageEvent(member, channel, "channel", FOLLOW_UP_ANSWER,
                "1700000201.000100", threadTs), null);

        // THEN the dialogue continues in the thread, and the retries were never answered: two replies in all
        List<FakeSlack.Call> replies = bot.fake.await(postIn(channel, threadTs), 2, Duration.ofSeconds(5));
        assertThat(replies).hasSize(2);
        assertThat(replies.get(1).visibleText()).contains("Feedback on your follow-up answer");
        assertThat(engine.stores.practice().entries(user)).as("one practice entry, not three").hasSize(1);
        ThreadDialog dialog = engine.daily.dialogs().find(post.id(), user).orElseThrow();
        assertThat(dialog.coached()).isEqualTo(2);
        assertThat(dialog.asked()).containsExactly(q.followUps().get(0));
    }

    @Test
    @DisplayName("with /coach daily verdicts private the answer stays in the thread and the verdict goes to the member's DM; "
            + "a member may choose it alone by replying \"private verdicts\"")
    void givenPrivateVerdicts_theVerdictGoesToTheDm_theAnswerStaysInTheThread() throws Exception {
        String channel = "C0PRIV";
        String member = "U0PRIV1";
        String threadTs = postNow(channel, "priv-post").messageRef().orElseThrow();

        // a plain member cannot change the channel's setting; an admin can
        bot.requests.slashCommand("/coach", "daily verdicts private", member, channel, "priv-refused");
        assertThat(response("priv-refused").visibleText()).contains("Only workspace admins");
        bot.requests.slashCommand("/coach", "daily verdicts private", ADMIN, channel, "priv-set");
        assertThat(response("priv-set").visibleText()).contains("now go to each person privately");

        bot.requests.event("Ev0PRIV1", SlackRequests.messageEvent(member, channel, "channel", ANSWER,
                "1700000400.000100", threadTs), null);

        FakeSlack.Call dm = bot.fake.await(MockInterviewFlowTest.post(member), 1, Duration.ofSeconds(5)).get(0);
        assertThat(dm.visibleText()).contains("sent to you privately").contains("Feedback on your answer");
        assertThat(dm.param("thread_ts")).isNull();
        assertThat(bot.fake.calls("chat.postMessage")).noneMatch(postIn(channel, threadTs));

        // in another channel, public by default, one member chooses private verdicts for themselves
        String open = "C0PUBLIC";
        String other = "U0PRIV2";
        String openTs = postNow(open, "pub-post").messageRef().orElseThrow();
        bot.requests.event("Ev0PRIV2", SlackRequests.messageEvent(other, open, "channel", "private verdicts",
                "1700000500.000100", openTs), null);
        assertThat(bot.fake.await(postIn(open, openTs), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("comes to you privately");
        bot.requests.event("Ev0PRIV3", SlackRequests.messageEvent(other, open, "channel", ANSWER,
                "1700000501.000100", openTs), null);
        assertThat(bot.fake.await(MockInterviewFlowTest.post(other), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("Feedback on your answer");
        assertThat(bot.fake.calls("chat.postMessage").stream().filter(postIn(open, openTs)).toList())
                .as("only the confirmation in the thread, no verdict").hasSize(1);
    }

    @Test
    @DisplayName("a member who mutes coaching gets no coaching; replying \"unmute\" in the thread turns it back on")
    void givenMuted_noCoaching_untilUnmuted() throws Exception {
        String channel = "C0MUTE";
        String member = "U0MUTER";
        String threadTs = postNow(channel, "mute-post").messageRef().orElseThrow();

        // WHEN the member clicks "Mute coaching for me" under a coaching reply
        bot.requests.buttonClick(member, channel, "lc.mute_threads", null, false, "mute-click");

        // THEN the choice is stored by the time Slack has the click's ack, and only they see a confirmation
        assertThat(engine.stores.prefs().get(SlackUsers.key(FakeSlack.TEAM, member)).threadCoachingMuted())
                .as("muted when the click is acknowledged").isTrue();
        assertThat(response("mute-click").body()).contains("ephemeral").contains("off");

        // WHEN they answer in the thread, then reply "unmute" there
        bot.requests.event("Ev0MUTED1", SlackRequests.messageEvent(member, channel, "channel", ANSWER,
                "1700000300.000100", threadTs), null);
        bot.requests.event("Ev0MUTED2", SlackRequests.messageEvent(member, channel, "channel", "unmute",
                "1700000301.000100", threadTs), null);

        // THEN the answer got nothing (their events run in order: the first reply is the one to "unmute"),
        // and the core turned coaching back on and said so in the thread
        FakeSlack.Call unmuted = bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5)).get(0);
        assertThat(unmuted.visibleText()).contains("Thread coaching is back on");
        assertThat(MockInterviewFlowTest.buttons(unmuted)).isEmpty();

        // AND their next answer is coached
        bot.requests.event("Ev0MUTED3", SlackRequests.messageEvent(member, channel, "channel", ANSWER,
                "1700000302.000100", threadTs), null);
        assertThat(bot.fake.await(postIn(channel, threadTs), 2, Duration.ofSeconds(5)).get(1).visibleText())
                .contains("Feedback on your answer");

        // WHEN they type "mute" in the thread, answer the follow-up, and type "unmute" again
        bot.requests.event("Ev0MUTED4", SlackRequests.messageEvent(member, channel, "channel", "mute",
                "1700000303.000100", threadTs), null);
        bot.requests.event("Ev0MUTED5", SlackRequests.messageEvent(member, channel, "channel", FOLLOW_UP_ANSWER,
                "1700000304.000100", threadTs), null);
        bot.requests.event("Ev0MUTED6", SlackRequests.messageEvent(member, channel, "channel", "unmute",
                "1700000305.000100", threadTs), null);

        // THEN the core confirmed the mute, the muted answer got nothing, and the unmute was confirmed
        List<FakeSlack.Call> all = bot.fake.await(postIn(channel, threadTs), 4, Duration.ofSeconds(5));
        assertThat(all).hasSize(4);
        assertThat(all.get(2).visibleText()).contains("won't coach your replies");
        assertThat(all.get(3).visibleText()).contains("Thread coaching is back on");
    }

    @Test
    @DisplayName("in a live daily thread, bot messages and edits are left alone, and so is a reply in another thread")
    void givenBotOrEditedOrForeignThread_noCoaching() throws Exception {
        String channel = "C0QUIET";
        String threadTs = postNow(channel, "quiet-post").messageRef().orElseThrow();
        // (all from one user id, so had any been taken up it would be handled before that user's last answer below)
        JsonObject fromBot = SlackRequests.messageEvent("U0MEMBERQ", channel, "channel", ANSWER, "1700000400.000100", threadTs);
        fromBot.addProperty("bot_id", "B0OTHER");
        JsonObject edited = SlackRequests.messageEvent("U0MEMBERQ", channel, "channel", ANSWER, "1700000400.000200", threadTs);
        edited.addProperty("subtype", "message_changed");
        JsonObject foreign = SlackRequests.messageEvent("U0MEMBERQ", channel, "channel", ANSWER, "1700000400.000300",
                "1600000000.000001");

        assertThat(bot.requests.event("Ev0Q1", fromBot, null).statusCode()).isEqualTo(200);
        assertThat(bot.requests.event("Ev0Q2", edited, null).statusCode()).isEqualTo(200);
        assertThat(bot.requests.event("Ev0Q3", foreign, null).statusCode()).isEqualTo(200);

        // WHEN the same member then answers in the live daily thread (handled after their foreign-thread reply)
        bot.requests.event("Ev0Q4", SlackRequests.messageEvent("U0MEMBERQ", channel, "channel", ANSWER,
                "1700000400.000400", threadTs), null);

        // THEN that answer is coached, and it is the only reply in any thread of the channel
        bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5));
        assertThat(bot.fake.calls()).filteredOn(c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))
                && c.param("thread_ts") != null).hasSize(1);
    }

    @Test
    @DisplayName("a thread reply also sent to the channel (subtype thread_broadcast) is coached in the thread")
    void givenThreadBroadcast_coached() throws Exception {
        String channel = "C0BCAST";
        String threadTs = postNow(channel, "bc-post").messageRef().orElseThrow();
        JsonObject event = SlackRequests.messageEvent("U0BCAST", channel, "channel", ANSWER, "1700000700.000100", threadTs);
        event.addProperty("subtype", "thread_broadcast");
        JsonObject root = new JsonObject();
        root.addProperty("user", FakeSlack.BOT_USER);
        root.addProperty("ts", threadTs);
        event.add("root", root);

        bot.requests.event("Ev0BCAST1", event, null);

        assertThat(bot.fake.await(postIn(channel, threadTs), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("Feedback on your answer");
    }

    @Test
    @DisplayName("a member who is not an admin cannot change daily questions or post one; nothing is stored or posted")
    void givenNonAdmin_dailyRefused() throws Exception {
        String channel = "C0DENY";
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "daily set 09:00 UTC", "U0PLAIN", channel, "deny-1");
        bot.requests.slashCommand("/coach", "daily now", "U0PLAIN", channel, "deny-2");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(response("deny-1").body()).contains("Only workspace admins");
        assertThat(response("deny-2").body()).contains("Only workspace admins");
        assertThat(bot.fake.calls("users.info")).anySatisfy(c -> assertThat(c.param("user")).isEqualTo("U0PLAIN"));
        assertThat(engine.daily.settings().find(key(channel))).isEmpty();
        assertThat(engine.daily.posts().postedQuestions(key(channel))).isEmpty();
        assertThat(bot.fake.calls()).noneMatch(rootPostIn(channel));
    }

    @Test
    @DisplayName("a daily set with an unknown time zone is explained in the ack by the core's parser and changes nothing")
    void givenBadZone_friendlyAck() throws Exception {
        String channel = "C0ZONE";
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "daily set 09:00 Mars/Olympus", LISTED, channel, "zone-1");

        assertThat(ack.body()).contains("Mars/Olympus").contains("Europe/Berlin");
        assertThat(engine.daily.settings().find(key(channel))).isEmpty();
    }

    @Test
    @DisplayName("when Slack refuses the post (not_in_channel) the admin is told, and the next \"now\" may try again")
    void givenSlackRefusesThePost_adminToldAndSlotFreed() throws Exception {
        String channel = "C0REFUSE";
        bot.fake.failNext("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");

        bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "refuse-1");

        assertThat(response("refuse-1").visibleText()).contains("couldn't post in this channel (not_in_channel)");
        assertThat(engine.daily.posts().postedQuestions(key(channel))).isEmpty();
        bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "refuse-2");
        assertThat(response("refuse-2").visibleText()).contains("Posted:");
        assertThat(awaitPosts(channel, 1).get(0).kind()).isEqualTo(PostKind.SCHEDULED);
    }

    @Test
    @DisplayName("when Slack fails with a server error the outcome is unknown: the admin is told, and nothing is re-sent today")
    void givenSlackServerError_outcomeUnknown_notResent() throws Exception {
        String channel = "C0HTTP500";
        bot.fake.failNext("chat.postMessage", 500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");

        bot.requests.slashCommand("/coach", "daily now", ADMIN, channel, "err-1");

        assertThat(response("err-1").visibleText()).contains("may or may not have appeared");
        List<DailyPost> recorded = engine.daily.posts().postedQuestions(key(channel));
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).status()).isEqualTo(PostStatus.FAILED);
        assertThat(bot.fake.calls()).filteredOn(rootPostIn(channel)).hasSize(1);
    }

    @Test
    @DisplayName("the scheduled due-check posts through the Slack poster at the channel's local time, once")
    void givenScheduleDue_dueCheckPostsOnceThroughSlack() throws Exception {
        // GIVEN a second engine process (own stores, so other tests' channels are not due) on the same Slack poster
        ManualClock clock = ManualClock.at("2026-03-25T07:00:00Z");
        InMemoryDailyStores stores = new InMemoryDailyStores();
        DailyService scheduled = new DailyService(stores.settings(), stores.posts(), engine.slackDaily.poster(),
                TestCoach.bank(), clock, new SplittableRandom(3), DailyConfig.defaults());
        ChannelKey channel = SlackDaily.channelKey(FakeSlack.TEAM, "C0SCHED");
        scheduled.set(channel, "09:00 Europe/Berlin mon-fri", "test");

        // WHEN the due-check runs before and then just after 09:00 in Berlin (08:00 UTC), and once more
        assertThat(scheduled.runDue(clock.now())).isEmpty();
        clock.set(Instant.parse("2026-03-25T08:00:30Z"));
        List<DailyResult> results = scheduled.runDue(clock.now());
        List<DailyResult> again = scheduled.runDue(clock.now().plusSeconds(30));

        // THEN one question went out to the channel, and its ts is recorded for the thread
        assertThat(results).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(again).isEmpty();
        assertThat(bot.fake.calls()).filteredOn(rootPostIn("C0SCHED")).hasSize(1);
        DailyPost post = results.get(0).post().orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.POSTED);
        assertThat(post.messageRef()).isPresent();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static ChannelKey key(String channel) {
        return SlackDaily.channelKey(FakeSlack.TEAM, channel);
    }

    private static Question question(DailyPost post) {
        return TestCoach.bank().find(post.questionId()).orElseThrow();
    }

    private static FakeSlack.Call response(String id) throws InterruptedException {
        return bot.fake.await(c -> c.path().endsWith("/" + id), 1, Duration.ofSeconds(5)).get(0);
    }

    /** Has a listed user run /coach daily now in the channel and returns the recorded post. */
    private static DailyPost postNow(String channel, String responseId) throws Exception {
        bot.requests.slashCommand("/coach", "daily now", LISTED, channel, responseId);
        return awaitPosts(channel, 1).get(0);
    }

    /** Waits until the core has recorded {@code n} posted questions in the channel. */
    private static List<DailyPost> awaitPosts(String channel, int n) throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            List<DailyPost> posted = engine.daily.posts().postedQuestions(key(channel)).stream()
                    .filter(p -> p.status() == PostStatus.POSTED).toList();
            if (posted.size() >= n) {
                return posted;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + n + " daily posts recorded in " + channel);
    }

    private static Predicate<FakeSlack.Call> rootPostIn(String channel) {
        return postIn(channel, null);
    }

    private static Predicate<FakeSlack.Call> postIn(String channel, String threadTs) {
        return c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))
                && (threadTs == null ? c.param("thread_ts") == null : threadTs.equals(c.param("thread_ts")));
    }
}
