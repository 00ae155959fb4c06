package dev.loopcoach.discord;

import static dev.loopcoach.discord.fake.Interactions.focused;
import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.BotHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real JDA against the fake Discord: a whole /mockinterview through slash command, buttons and modal. */
class MockInterviewFlowTest {
    private static BotHarness h;

    @BeforeAll
    static void start() {
        h = BotHarness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("commands are registered in the dev guild, daily settings limited to Manage Server")
    void registersCommandsInDevGuild() {
        Recorded put = h.fake.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID),
                BotHarness.WORK);

        JsonNode cmds = put.body();
        assertThat(cmds.findValuesAsText("name")).contains("mockinterview", "coach", "coach-server");
        for (JsonNode c : cmds) {
            if (c.path("name").asText().equals("coach-server")) {
                assertThat(c.path("default_member_permissions").asText()).isEqualTo("32");
                assertThat(texts(c.path("contexts"))).containsExactly("0");
            }
            if (c.path("name").asText().equals("mockinterview")) {
                assertThat(texts(c.path("contexts"))).containsExactly("0", "1");
                List<String> autocompleted = new java.util.ArrayList<>();
                c.path("options").forEach(o -> {
                    if (o.path("autocomplete").asBoolean()) {
                        autocompleted.add(o.path("name").asText());
                    }
                });
                assertThat(autocompleted).containsExactly("lp");
            }
        }
    }

    @Test
    @DisplayName("/mockinterview -> question -> Answer -> modal -> feedback and follow-up -> End -> summary")
    void wholeInterview() {
        Person alex = Person.member("1500000000000000001", "alex");

        BotHarness.Exchange start = h.interact(h.make.slash(alex, Where.GUILD, "mockinterview",
                string("type", "behavioral"), string("level", "senior"), string("lp", "dive-deep")));

        assertThat(start.type()).isEqualTo(5);
        assertThat(start.ephemeral()).isTrue();
        List<ObjectNode> question = start.replyWithButtons();
        assertThat(text(question)).contains("Question 1 of 3").contains("Dive Deep");
        ObjectNode card = question.get(question.size() - 1);
        assertThat(card.path("flags").asLong() & 64).isEqualTo(64);

        BotHarness.Exchange answerPress = h.interact(h.make.button(alex, Where.GUILD, card, button(card, "Answer")));

        assertThat(answerPress.type()).isEqualTo(9);
        JsonNode modal = answerPress.callback.body().path("data");
        assertThat(modal.path("title").asText()).isEqualTo("Your answer");
        JsonNode input = modal.path("components").path(0).path("component");
        assertThat(input.path("custom_id").asText()).isEqualTo("answer");
        assertThat(input.path("max_length").asInt()).isEqualTo(4000);
        assertThat(input.path("style").asInt()).isEqualTo(2);

        String answer = "In 2023 I owned checkout. I dug into the logs myself, found a retry bug and cut failed payments by 30%.";
        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(alex, Where.GUILD, modal.path("custom_id").asText(),
                Map.of("answer", answer)));

        assertThat(submit.type()).isEqualTo(5);
        assertThat(submit.ephemeral()).isTrue();
        List<ObjectNode> feedback = submit.replyWithButtons();
        String feedbackText = text(feedback);
        assertThat(feedbackText).contains("Feedback");
        assertThat(feedbackText).containsAnyOf("Follow-up", "Question 2 of 3");
        ObjectNode next = feedback.get(feedback.size() - 1);

        BotHarness.Exchange end = h.interact(h.make.button(alex, Where.GUILD, next, button(next, "End")));

        assertThat(end.type()).isEqualTo(5);
        List<ObjectNode> summary = end.followUps(1);
        assertThat(end.followUps(1).get(0).path("embeds").size()).isPositive();
        assertThat(text(summary)).isNotBlank();
    }

    @Test
    @DisplayName("lp autocomplete offers matching principle names within 3 seconds")
    void autocompleteLp() {
        Person sam = Person.member("1500000000000000002", "sam");

        BotHarness.Exchange ac = h.interact(h.make.autocomplete(sam, Where.GUILD, "mockinterview", null,
                string("type", "behavioral"), focused("lp", "back")));

        assertThat(ac.type()).isEqualTo(8);
        JsonNode choices = ac.callback.body().path("data").path("choices");
        assertThat(choices.size()).isEqualTo(1);
        assertThat(choices.path(0).path("name").asText()).isEqualTo("Have Backbone; Disagree and Commit");
    }

    @Test
    @DisplayName("a button from an earlier step gets a friendly ephemeral note and changes nothing")
    void staleButton() {
        Person kim = Person.member("1500000000000000003", "kim");
        ObjectNode first = last(h.interact(h.make.slash(kim, Where.GUILD, "mockinterview")).replyWithButtons());
        ObjectNode second = last(h.interact(h.make.button(kim, Where.GUILD, first, button(first, "Skip"))).replyWithButtons());
        assertThat(text(second)).contains("Question 2 of 3");

        BotHarness.Exchange stale = h.interact(h.make.button(kim, Where.GUILD, first, button(first, "Skip")));

        assertThat(stale.type()).isEqualTo(4);
        assertThat(stale.ephemeral()).isTrue();
        assertThat(text(stale.message())).contains("expired or belongs to an earlier step");
        BotHarness.Exchange stillThere = h.interact(h.make.button(kim, Where.GUILD, second, button(second, "Hint")));
        assertThat(stillThere.type()).isEqualTo(5);
    }

    @Test
    @DisplayName("someone else's button is refused politely")
    void foreignButton() {
        Person owner = Person.member("1500000000000000004", "owner");
        Person other = Person.member("1500000000000000005", "other");
        ObjectNode card = last(h.interact(h.make.slash(owner, Where.GUILD, "mockinterview")).replyWithButtons());

        BotHarness.Exchange foreign = h.interact(h.make.button(other, Where.GUILD, card, button(card, "Answer")));

        assertThat(foreign.type()).isEqualTo(4);
        assertThat(foreign.ephemeral()).isTrue();
        assertThat(text(foreign.message())).contains("someone else's practice");
    }

    @Test
    @DisplayName("an unknown custom id (e.g. from before a restart) is stale, not an error")
    void unknownButton() {
        Person p = Person.member("1500000000000000006", "pat");
        ObjectNode fakeMessage = last(h.interact(h.make.slash(p, Where.GUILD, "mockinterview")).replyWithButtons());

        BotHarness.Exchange stale = h.interact(h.make.button(p, Where.GUILD, fakeMessage, "lc:AAAAAAAAAAAAAAAA"));

        assertThat(stale.type()).isEqualTo(4);
        assertThat(text(stale.message())).contains("expired");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static ObjectNode last(List<ObjectNode> messages) {
        return messages.get(messages.size() - 1);
    }
}
