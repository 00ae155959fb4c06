package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The /coach subcommands and the home tab through the real Bolt app over HTTP. */
class CoachCommandsTest {
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = HttpBot.withoutDaily();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    @DisplayName("/coach lp dive deep answers privately through the response_url")
    void givenLp_ephemeralExplainer() throws Exception {
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "lp dive deep", "U0LP1", "C0PREP", "lp-1");

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call reply = bot.fake.await(c -> c.path().endsWith("/lp-1"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(reply.body()).contains("\"response_type\":\"ephemeral\"").contains("Dive Deep");
        assertThat(bot.fake.calls("chat.postMessage")).noneMatch(c -> "U0LP1".equals(c.param("channel")));
    }

    @Test
    @DisplayName("/coach help is spelled for Slack and names only commands Slack has")
    void givenHelp_mentionsSlackSpelling() throws Exception {
        bot.requests.slashCommand("/coach", "", "U0HELP1", "C0PREP", "help-1");

        FakeSlack.Call reply = bot.fake.await(c -> c.path().endsWith("/help-1"), 1, Duration.ofSeconds(5)).get(0);
        String shown = reply.visibleText();
        assertThat(shown).contains("/mockinterview").contains("/coach question").contains("/coach daily set")
                .contains("that question again").contains("Hand in button");
        dev.loopcoach.core.command.TextCommandParser parser = new dev.loopcoach.core.command.TextCommandParser();
        java.util.Set<String> slackOnly = java.util.Set.of("daily", "mute", "unmute", "snooze");
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("/([a-z-]+)(?: ([a-z-]+))?(?: ([a-z-]+))?").matcher(shown);
        int count = 0;
        while (named.find()) {
            count++;
            String command = named.group(1);
            assertThat(command).as("a Slack command in %s", named.group()).isIn("mockinterview", "coach");
            if (command.equals("coach")) {
                String sub = named.group(2);
                String withArgument = "/" + sub + (named.group(3) == null ? "" : " " + named.group(3));
                assertThat(slackOnly.contains(sub)
                        || parser.parse("/" + sub) instanceof dev.loopcoach.core.command.ParseResult.Parsed
                        || parser.parse(withArgument) instanceof dev.loopcoach.core.command.ParseResult.Parsed)
                        .as("/coach %s exists", sub).isTrue();
            }
        }
        assertThat(count).as("commands named in the help").isGreaterThan(10);
    }

    @Test
    @DisplayName("/coach snooze 2 weeks pauses thread coaching until a date; an unreadable period gets the usage")
    void givenSnooze_coachingPausesUntilADate() throws Exception {
        // written before the ack, and the ack itself says so: a snooze Slack was told about is a snooze kept
        HttpResponse<String> reply = bot.requests.slashCommand("/coach", "snooze 2 weeks", "U0SNOOZE", "C0PREP", "snooze-1");
        assertThat(bot.coach.deps().prefs().get(dev.loopcoach.slack.SlackUsers.key(FakeSlack.TEAM, "U0SNOOZE")).snoozedUntil())
                .as("stored by the time Slack has its answer").isPresent();
        java.time.LocalDate last = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(13);
        assertThat(reply.body()).contains("until " + last.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy",
                java.util.Locale.ROOT))).contains("by itself");

        HttpResponse<String> unclear = bot.requests.slashCommand("/coach", "snooze whenever", "U0SNOOZE", "C0PREP", "snooze-2");
        assertThat(unclear.body()).contains("/coach snooze 3 days");
    }

    @Test
    @DisplayName("/coach progress goes to the DM with the radar chart uploaded as a picture with its alt text")
    void givenProgress_thePictureIsUploadedIntoTheDm() throws Exception {
        String user = "U0PIC1";
        bot.requests.slashCommand("/coach", "progress", user, "C0PREP", "pic-1");

        // other tests of this class upload files too: this one's are the radar's
        FakeSlack.Call done = bot.fake.await(c -> c.method().equals("files.completeUploadExternal")
                && ("D" + user.substring(1)).equals(c.param("channel_id")), 1, Duration.ofSeconds(10)).get(0);
        assertThat(done.param("files")).contains("Radar chart");
        FakeSlack.Call url = bot.fake.calls("files.getUploadURLExternal").stream()
                .filter(c -> "lp-radar.png".equals(c.param("filename"))).findFirst().orElseThrow();
        assertThat(url.param("filename")).isEqualTo("lp-radar.png");
        assertThat(url.param("alt_txt")).contains("Radar chart");
        assertThat(bot.fake.calls()).anyMatch(c -> c.path().startsWith("/upload/") && c.body().contains("IHDR"));
        assertThat(bot.fake.calls("chat.postMessage")).anyMatch(c -> user.equals(c.param("channel"))
                && c.visibleText().contains("Your progress"));
    }

    @Test
    @DisplayName("/coach plan <date> senior sends the plan to the DM with its strip; /coach plan ics uploads the calendar file")
    void givenPlan_theStripAndTheCalendarFileAreUploadedIntoTheDm() throws Exception {
        String user = "U0PLAN1";
        String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(15).toString();
        bot.requests.slashCommand("/coach", "plan " + date + " senior", user, "C0PREP", "plan-1");

        bot.fake.await(c -> c.method().equals("files.getUploadURLExternal") && "prep-plan.png".equals(c.param("filename")), 1,
                Duration.ofSeconds(10));
        assertThat(bot.fake.calls("chat.postMessage")).anyMatch(c -> user.equals(c.param("channel"))
                && c.visibleText().contains("Your prep plan is ready: 15 days to your Senior PM interview")
                && c.visibleText().contains("/coach plan ics") && !c.visibleText().contains(" /plan"));

        bot.requests.slashCommand("/coach", "plan ics", user, "C0PREP", "plan-2");
        bot.fake.await(c -> c.path().startsWith("/upload/") && c.body().contains("BEGIN:VCALENDAR"), 1, Duration.ofSeconds(10));
        assertThat(bot.fake.calls("files.getUploadURLExternal")).anyMatch(c -> "loop-coach-plan.ics".equals(c.param("filename")));
    }

    @Test
    @DisplayName("a member's days are counted in their Slack profile's time zone until they choose one themselves")
    void givenAProfileTimeZone_itIsAdopted_butNeverOverTheMembersOwnChoice() throws Exception {
        bot.fake.zone("U0TZ1", "Asia/Kolkata");
        bot.requests.slashCommand("/coach", "timezone", "U0TZ1", "C0PREP", "tz-1");
        assertThat(bot.fake.await(c -> c.path().endsWith("/tz-1"), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("Asia/Kolkata");

        bot.fake.zone("U0TZ2", "America/Chicago");
        bot.requests.slashCommand("/coach", "timezone Europe/Berlin", "U0TZ2", "C0PREP", "tz-2");
        bot.fake.await(c -> c.path().endsWith("/tz-2"), 1, Duration.ofSeconds(5));
        bot.requests.slashCommand("/coach", "timezone", "U0TZ2", "C0PREP", "tz-3");
        assertThat(bot.fake.await(c -> c.path().endsWith("/tz-3"), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("Europe/Berlin").doesNotContain("Chicago");
    }

    @Test
    @DisplayName("/coach question mx-01 posts exactly mx-01, with its id under it, to the DM; a typed answer gets feedback")
    void givenQuestionById_thatQuestionArrivesWithItsId() throws Exception {
        String user = "U0QID1";
        String dm = "D0QID1";

        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "question MX-01", user, "C0PREP", "qid-1");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("direct messages");
        FakeSlack.Call question = bot.fake.await(MockInterviewFlowTest.post(user), 1, Duration.ofSeconds(5)).get(0);
        assertThat(question.visibleText()).contains("Question 1 of 1")
                .contains(TestCoach.bank().find("mx-01").orElseThrow().text())
                .contains("mx-01 \u00b7 ").contains("you asked for it by its id");
        assertThat(MockInterviewFlowTest.buttons(question)).extracting(b -> b.get("action_id").getAsString()).contains("lc.answer");

        bot.requests.event("Ev0QID1", SlackRequests.messageEvent(user, dm, "im",
                "I would track Prime renewal rate, shipping speed and video hours per member, and watch cancellations.",
                "1700000200.000100", null), null);

        FakeSlack.Call feedback = bot.fake.await(MockInterviewFlowTest.post(dm), 1, Duration.ofSeconds(5)).get(0);
        assertThat(feedback.visibleText()).contains("Feedback").contains("Prime renewal rate");
    }

    @Test
    @DisplayName("/coach question with an unknown id answers in the DM with where ids are shown, and nothing starts")
    void givenUnknownQuestionId_friendlyMessage() throws Exception {
        String user = "U0QID2";

        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "question xx-99", user, "C0PREP", "qid-2");

        assertThat(ack.statusCode()).isEqualTo(200);
        FakeSlack.Call reply = bot.fake.await(MockInterviewFlowTest.post(user), 1, Duration.ofSeconds(5)).get(0);
        assertThat(reply.visibleText()).contains("No question with id 'xx-99'").contains("shows its id")
                .doesNotContain("Question 1 of");
        assertThat(MockInterviewFlowTest.buttons(reply)).isEmpty();
    }

    @Test
    @DisplayName("/coach question with two ids is explained in the ack and nothing runs")
    void givenTwoQuestionIds_explainedInTheAck() throws Exception {
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "question mx-01 dd-03", "U0QID3", "C0PREP", "qid-3");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("One question at a time");
        bot.fake.assertNoMore(MockInterviewFlowTest.post("U0QID3"), 0, Duration.ofMillis(300));
    }

    @Test
    @DisplayName("an unknown subcommand is explained in the ack")
    void givenUnknownSubcommand_friendlyAck() throws Exception {
        HttpResponse<String> ack = bot.requests.slashCommand("/coach", "dance <!channel>", "U0UNK1", "C0PREP", "unk-1");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("dance").doesNotContain("<!channel>");
        bot.fake.assertNoMore(c -> c.path().endsWith("/unk-1"), 0, Duration.ofMillis(300));
    }

    @Test
    @DisplayName("without the daily engine, /coach daily says plainly that nothing is configured")
    void givenNoDailyEngine_notConfigured() throws Exception {
        bot.fake.admin("U0ADMIN9");

        bot.requests.slashCommand("/coach", "daily now", "U0ADMIN9", "C0DAILY", "nd-1");

        assertThat(bot.fake.await(c -> c.path().endsWith("/nd-1"), 1, Duration.ofSeconds(5)).get(0).body())
                .contains("not configured").contains("nothing was changed or posted");
        bot.fake.assertNoMore(c -> c.method().equals("chat.postMessage") && "C0DAILY".equals(c.param("channel")), 0,
                Duration.ofMillis(200));
    }

    @Test
    @DisplayName("/coach story add then /coach stories lists the story")
    void givenStoryAdded_listed() throws Exception {
        bot.requests.slashCommand("/coach", "story add Checkout rescue | In 2023 I led the checkout fix and cut drop-off by 18%.",
                "U0STORY1", "C0PREP", "st-1");
        bot.fake.await(c -> c.path().endsWith("/st-1"), 1, Duration.ofSeconds(5));

        bot.requests.slashCommand("/coach", "stories", "U0STORY1", "C0PREP", "st-2");

        assertThat(bot.fake.await(c -> c.path().endsWith("/st-2"), 1, Duration.ofSeconds(5)).get(0).body()).contains("Checkout rescue");
    }

    @Test
    @DisplayName("/coach mydata export sends the JSON to the direct message as code blocks")
    void givenExport_jsonInDirectMessage() throws Exception {
        bot.requests.slashCommand("/coach", "story add Pricing & <launch> | I led the pricing launch and grew revenue 9%.",
                "U0EXP1", "C0PREP", "exp-0");
        bot.fake.await(c -> c.path().endsWith("/exp-0"), 1, Duration.ofSeconds(5));

        bot.requests.slashCommand("/coach", "mydata export", "U0EXP1", "C0PREP", "exp-1");

        FakeSlack.Call post = bot.fake.await(MockInterviewFlowTest.post("U0EXP1"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(post.visibleText()).contains("```").contains("\"stories\"")
                .contains("Pricing &amp; &lt;launch&gt;").contains("grew revenue 9%");
    }

    @Test
    @DisplayName("/coach mydata delete asks with buttons; only the confirming click deletes and replaces the question")
    void givenDelete_confirmButtonDeletes() throws Exception {
        bot.requests.slashCommand("/coach", "mydata delete", "U0DEL1", "C0PREP", "del-1");
        FakeSlack.Call ask = bot.fake.await(c -> c.path().endsWith("/del-1"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(ask.body()).contains("lc.confirm_delete").contains("lc.keep_data").contains("\"confirm\"");

        bot.requests.buttonClick("U0DEL1", "C0PREP", "lc.confirm_delete", null, true, "del-2");

        JsonObject done = JsonParser.parseString(
                bot.fake.await(c -> c.path().endsWith("/del-2"), 1, Duration.ofSeconds(5)).get(0).body()).getAsJsonObject();
        assertThat(done.get("replace_original").getAsBoolean()).isTrue();
        assertThat(done.toString()).contains("deleted");
    }

    @Test
    @DisplayName("opening the Home tab publishes progress and the thread-coaching switch")
    void givenAppHomeOpened_viewPublished() throws Exception {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", "U0HOME1");
        event.addProperty("channel", "D0HOME1");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000600.000100");

        HttpResponse<String> r = bot.requests.event("Ev0HOME1", event, null);

        assertThat(r.statusCode()).isEqualTo(200);
        FakeSlack.Call publish = bot.fake.await(c -> c.method().equals("views.publish") && "U0HOME1".equals(c.param("user_id")),
                1, Duration.ofSeconds(5)).get(0);
        JsonObject view = JsonParser.parseString(publish.param("view")).getAsJsonObject();
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(publish.visibleText()).contains("Thread coaching").contains("Start a mock interview");
        assertThat(view.toString()).contains("lc.mute_threads");

        // AND switching coaching off from the home tab republishes it with the switch flipped
        clickInHome("U0HOME1", "lc.mute_threads");
        FakeSlack.Call again = bot.fake.await(c -> c.method().equals("views.publish") && "U0HOME1".equals(c.param("user_id")),
                2, Duration.ofSeconds(5)).get(1);
        assertThat(again.param("view")).contains("lc.unmute_threads");
    }

    private static void clickInHome(String user, String actionId) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("team_id", FakeSlack.TEAM);
        p.add("user", u);
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        p.add("team", team);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "V0HOME");
        p.add("container", container);
        p.addProperty("trigger_id", "9.9.home");
        JsonObject view = new JsonObject();
        view.addProperty("id", "V0HOME");
        view.addProperty("type", "home");
        p.add("view", view);
        com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
        JsonObject a = new JsonObject();
        a.addProperty("action_id", actionId);
        a.addProperty("block_id", "b");
        a.addProperty("type", "button");
        a.addProperty("action_ts", "1700000601.000100");
        actions.add(a);
        p.add("actions", actions);
        assertThat(bot.requests.send("payload=" + SlackRequests.enc(p.toString()), "application/x-www-form-urlencoded",
                java.util.Map.of()).statusCode()).isEqualTo(200);
    }
}
