package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A whole practice through the real Bolt app over HTTP: the slash command, the question with buttons in
 * the direct message, the Answer modal, its submission, feedback with a follow-up, and the summary.
 */
class MockInterviewFlowTest {
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
    @DisplayName("/mockinterview -> question with buttons -> Answer modal -> feedback and follow-up -> End -> summary")
    void givenMockInterview_wholePracticeRunsInTheDirectMessage() throws Exception {
        String user = "U0CAND1";
        String dm = "D0CAND1";

        // WHEN the candidate types /mockinterview in a channel
        HttpResponse<String> ack = bot.requests.slashCommand("/mockinterview", "behavioral senior dive deep", user, "C0PREP", "mi-start");

        // THEN the ack is immediate and private, and the question arrives in the direct message with buttons
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("direct messages");
        FakeSlack.Call question = bot.fake.await(post(user), 1, Duration.ofSeconds(5)).get(0);
        assertThat(question.param("link_names")).isIn("0", "false");
        assertThat(question.visibleText()).contains("Dive Deep");
        List<JsonObject> buttons = buttons(question);
        assertThat(buttons).extracting(b -> b.get("action_id").getAsString())
                .containsExactly("lc.answer", "lc.hint", "lc.skip", "lc.end");
        String answerKey = buttons.get(0).get("value").getAsString();

        // WHEN the Answer button is clicked (the message now lives in the D... conversation)
        HttpResponse<String> click = bot.requests.buttonClick(user, dm, "lc.answer", answerKey, false, "mi-answer");

        // THEN a modal opens with the question, one multiline input of at most 3,000 characters and an opaque key
        assertThat(click.statusCode()).isEqualTo(200);
        JsonObject view = JsonParser.parseString(bot.fake.await("views.open", 1).get(0).param("view")).getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo("lc.answer_modal");
        assertThat(view.getAsJsonObject("title").get("text").getAsString().length()).isLessThanOrEqualTo(24);
        assertThat(view.getAsJsonObject("submit").get("text").getAsString().length()).isLessThanOrEqualTo(24);
        String metadata = view.get("private_metadata").getAsString();
        assertThat(metadata).hasSizeBetween(10, 3000).doesNotContain(user).doesNotContain(dm);
        String questionText = lineAfter(question.visibleText(), "*Question 1 of 3*");
        assertThat(questionText).isNotBlank();
        assertThat(bot.fake.calls("views.open").get(0).visibleText()).contains("Question 1 of 3").contains(questionText);
        assertThat(view.toString()).contains("\"max_length\":3000").contains("\"multiline\":true");

        // WHEN the modal is submitted with an answer
        HttpResponse<String> submit = bot.requests.submitAnswerModal(user, metadata,
                "In 2023 our checkout conversion fell. I pulled the raw funnel logs myself and found the drop was one payment step.");

        // THEN the modal closes (empty 200) and feedback plus a follow-up question arrive in the same conversation
        assertThat(submit.statusCode()).isEqualTo(200);
        assertThat(submit.body()).isNullOrEmpty();
        FakeSlack.Call feedback = bot.fake.await(post(dm), 1, Duration.ofSeconds(5)).get(0);
        assertThat(feedback.visibleText()).contains("Feedback").contains("payment step");
        assertThat(buttons(feedback)).extracting(b -> b.get("action_id").getAsString()).contains("lc.answer", "lc.end");

        // WHEN End is clicked
        bot.requests.buttonClick(user, dm, "lc.end", null, false, "mi-end");

        // THEN the summary is posted, offering a new interview
        FakeSlack.Call summary = bot.fake.await(post(dm), 2, Duration.ofSeconds(5)).get(1);
        assertThat(buttons(summary)).extracting(b -> b.get("action_id").getAsString()).contains("lc.new_interview");
        assertThat(bot.fake.calls("chat.postMessage")).allSatisfy(c ->
                assertThat(c.headers().get("authorization")).isEqualTo("Bearer " + HttpBot.BOT_TOKEN));
    }

    @Test
    @DisplayName("an empty modal submission keeps the modal open with an error under the field")
    void givenBlankAnswer_modalShowsError() throws Exception {
        HttpResponse<String> r = bot.requests.submitAnswerModal("U0BLANK", "unknown-key", "   ");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(r.body()).getAsJsonObject();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").get("lc.answer_block").getAsString()).contains("write your answer");
    }

    @Test
    @DisplayName("a modal answer the coach does not take is quoted back, so the closed modal's text is not lost")
    void givenARefusedModalAnswer_itsTextIsQuotedBack() throws Exception {
        String user = "U0KEEP1";
        HttpResponse<String> r = bot.requests.submitAnswerModal(user, "unknown-key",
                "Last spring I rebuilt the returns page myself. Marker-KEEP9Z.");

        assertThat(r.statusCode()).isEqualTo(200);
        FakeSlack.Call reply = bot.fake.await(c -> c.path().endsWith("chat.postMessage") && c.visibleText().contains("Marker-KEEP9Z"),
                1, Duration.ofSeconds(5)).get(0);
        assertThat(reply.visibleText()).contains("so nothing is lost");
    }

    @Test
    @DisplayName("a typed message in the direct message is taken as the answer")
    void givenTypedAnswerInDm_feedbackFollows() throws Exception {
        String user = "U0TYPE1";
        String dm = "D0TYPE1";
        bot.requests.slashCommand("/mockinterview", "", user, dm, "ty-start");
        bot.fake.await(post(user), 1, Duration.ofSeconds(5));
        String longAnswer = "I owned the migration of our order service. ".repeat(150);

        HttpResponse<String> r = bot.requests.event("Ev0TYPE1",
                SlackRequests.messageEvent(user, dm, "im", longAnswer, "1700000100.000100", null), null);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(longAnswer.length()).isGreaterThan(3000);
        FakeSlack.Call feedback = bot.fake.await(post(dm), 1, Duration.ofSeconds(5)).get(0);
        assertThat(feedback.visibleText()).contains("Feedback");
    }

    @Test
    @DisplayName("when Slack refuses the direct message, the practice continues in ephemeral replies")
    void givenDirectMessageRefused_fallsBackToResponseUrl() throws Exception {
        String user = "U0NODM1";
        bot.fake.failNext("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");

        bot.requests.slashCommand("/mockinterview", "", user, "C0PREP", "nodm-start");

        FakeSlack.Call reply = bot.fake.await(c -> c.path().endsWith("/nodm-start"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(reply.body()).contains("lc.answer").contains("\"response_type\":\"ephemeral\"");

        // AND a Hint click on that ephemeral message answers through its response_url
        bot.requests.buttonClick(user, "C0PREP", "lc.hint", null, true, "nodm-hint");
        FakeSlack.Call hint = bot.fake.await(c -> c.path().endsWith("/nodm-hint"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(hint.body()).contains("ephemeral");
    }

    @Test
    @DisplayName("bad arguments are explained in the ack and start nothing")
    void givenUnknownArgument_friendlyAckOnly() throws Exception {
        HttpResponse<String> r = bot.requests.slashCommand("/mockinterview", "underwater basket weaving", "U0BAD1", "C0PREP", "bad-1");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("underwater basket weaving").contains("Principle");
        bot.fake.assertNoMore(post("U0BAD1"), 0, Duration.ofMillis(300));
    }

    static String lineAfter(String text, String marker) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].equals(marker)) {
                return lines[i + 1];
            }
        }
        throw new AssertionError("no line '" + marker + "' in " + text);
    }

    @Test
    @DisplayName("Skip clicked twice on question 1's message skips once; the second click is told nothing changed")
    void givenDoubleClickOnSkip_thenOneSkip() throws Exception {
        String user = "U0DOUBLE1";
        String dm = "D0DOUBLE1";
        bot.requests.slashCommand("/mockinterview", "behavioral pm", user, "C0PREP", "dbl-start");
        FakeSlack.Call question = bot.fake.await(post(user), 1, Duration.ofSeconds(5)).get(0);
        assertThat(question.visibleText()).contains("Question 1 of 3");
        String messageTs = "1700000000.777001";

        bot.requests.buttonClick(user, dm, "lc.skip", null, false, "dbl-1", messageTs);
        bot.requests.buttonClick(user, dm, "lc.skip", null, false, "dbl-2", messageTs);

        List<FakeSlack.Call> replies = bot.fake.await(post(dm), 2, Duration.ofSeconds(5));
        String all = replies.stream().map(FakeSlack.Call::visibleText).reduce("", String::concat);
        assertThat(all).contains("Question 2 of 3").contains("already used").doesNotContain("Question 3 of 3");
        assertThat(bot.coach.sessions().active(new dev.loopcoach.core.port.UserKey("slack", FakeSlack.TEAM + ":" + user))
                .orElseThrow().state().toString()).contains("question=1");
    }

    static Predicate<FakeSlack.Call> post(String channel) {
        return c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"));
    }

    static List<JsonObject> buttons(FakeSlack.Call call) {
        JsonArray blocks = JsonParser.parseString(Optional.ofNullable(call.param("blocks")).orElse("[]")).getAsJsonArray();
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement b : blocks) {
            JsonObject o = b.getAsJsonObject();
            if (o.get("type").getAsString().equals("actions")) {
                o.getAsJsonArray("elements").forEach(e -> out.add(e.getAsJsonObject()));
            }
        }
        return out;
    }
}
