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
import dev.loopcoach.discord.support.CoachFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /coach subcommands through the real JDA, in a server and in a DM with the bot. */
class CoachSubcommandsTest {
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
    @DisplayName("/coach repeat shows the pending question again; /coach story-save saves the last answer as a story")
    void repeatAndStorySave() {
        Person ivy = Person.member("1500000000000000021", "ivy");
        String asked = CoachFixture.bank().find("dd-03").orElseThrow().text();
        h.interact(h.make.subcommand(ivy, Where.GUILD, "coach", "question", string("id", "dd-03"))).replyWithButtons();

        List<ObjectNode> again = h.interact(h.make.subcommand(ivy, Where.GUILD, "coach", "repeat")).replyWithButtons();
        assertThat(text(again)).contains(asked.substring(0, 40));
        ObjectNode last = again.get(again.size() - 1); // the repeated card's buttons replace the earlier ones

        BotHarness.Exchange press = h.interact(h.make.button(ivy, Where.GUILD, last, BotHarness.button(last, "Answer")));
        String form = press.callback.body().path("data").path("custom_id").asText();
        h.interact(h.make.modalSubmit(ivy, Where.GUILD, form, java.util.Map.of("answer",
                "In 2024 I read 300 raw reviews myself, found a sizing bug and cut returns by 9%."))).replyWithButtons();
        List<ObjectNode> saved = h.interact(h.make.subcommand(ivy, Where.GUILD, "coach", "story-save",
                string("title", "Sizing bug"))).followUps(1);
        assertThat(text(saved)).contains("Sizing bug");
        assertThat(text(h.interact(h.make.subcommand(ivy, Where.GUILD, "coach", "stories")).followUps(1))).contains("Sizing bug");
    }

    @Test
    @DisplayName("in a DM the practice works too, with normal (not ephemeral) messages")
    void questionInDm() {
        Person dana = Person.member("1500000000000000011", "dana");

        BotHarness.Exchange q = h.interact(h.make.subcommand(dana, Where.DM, "coach", "question", string("type", "product")));

        assertThat(q.type()).isEqualTo(5);
        assertThat(q.ephemeral()).isFalse();
        List<ObjectNode> card = q.replyWithButtons();
        assertThat(text(card)).contains("Product sense");
        assertThat(card.get(card.size() - 1).path("flags").asLong() & 64).isZero();
    }

    @Test
    @DisplayName("/coach question id:DD-03 asks exactly dd-03 with its id in the embed; the answer gets feedback and a follow-up")
    void questionById() {
        Person fay = Person.member("1500000000000000019", "fay");
        String asked = CoachFixture.bank().find("dd-03").orElseThrow().text();

        BotHarness.Exchange q = h.interact(h.make.subcommand(fay, Where.GUILD, "coach", "question", string("id", "DD-03")));

        assertThat(q.type()).isEqualTo(5);
        assertThat(q.ephemeral()).isTrue();
        ObjectNode card = last(q.replyWithButtons());
        assertThat(text(card)).contains("Question 1 of 1").contains(asked).contains("Question id: dd-03")
                .contains("you asked for it by its id");
        String modalId = h.interact(h.make.button(fay, Where.GUILD, card, button(card, "Answer")))
                .callback.body().path("data").path("custom_id").asText();
        List<ObjectNode> feedback = h.interact(h.make.modalSubmit(fay, Where.GUILD, modalId,
                Map.of("answer", "I read 400 seller forum posts myself and found a fee bug the weekly report hid; refunds fell 30%.")))
                .replyWithButtons();
        assertThat(text(feedback)).contains("Feedback").contains("Follow-up").contains("Question id: dd-03");
        assertThat(h.violations()).isEmpty();
    }

    @Test
    @DisplayName("/coach question with an unknown id explains where ids are shown; a malformed id is refused at once")
    void questionByUnknownOrMalformedId() {
        Person gus = Person.member("1500000000000000020", "gus");

        BotHarness.Exchange unknown = h.interact(h.make.subcommand(gus, Where.GUILD, "coach", "question", string("id", "xx-99")));

        assertThat(unknown.type()).isEqualTo(5);
        assertThat(text(unknown.followUps(1))).contains("No question with id 'xx-99'").contains("shows its id");

        BotHarness.Exchange malformed = h.interact(h.make.subcommand(gus, Where.GUILD, "coach", "question",
                string("id", "mx 01 @everyone")));

        assertThat(malformed.type()).isEqualTo(4);
        assertThat(malformed.ephemeral()).isTrue();
        assertThat(text(malformed.message())).contains("is not a question id").contains("mx-01");
    }

    @Test
    @DisplayName("/coach question is registered with a plain string option 'id' beside type, level and lp")
    void questionHasAnIdOption() {
        JsonNode commands = h.fake.commands().get(FakeDiscord.GUILD_ID);
        JsonNode question = null;
        for (JsonNode c : commands) {
            if (c.path("name").asText().equals("coach")) {
                for (JsonNode sub : c.path("options")) {
                    if (sub.path("name").asText().equals("question")) {
                        question = sub;
                    }
                }
            }
        }
        assertThat(question).isNotNull();
        List<String> names = new java.util.ArrayList<>();
        question.path("options").forEach(o -> names.add(o.path("name").asText()));
        assertThat(names).containsExactly("type", "level", "lp", "id");
        JsonNode id = question.path("options").get(3);
        assertThat(id.path("type").asInt()).isEqualTo(3);
        assertThat(id.path("required").asBoolean(false)).isFalse();
        assertThat(id.path("autocomplete").asBoolean(false)).isFalse();
    }

    @Test
    @DisplayName("/coach lp autocompletes and explains a principle")
    void lpExplainer() {
        Person lee = Person.member("1500000000000000012", "lee");
        BotHarness.Exchange ac = h.interact(h.make.autocomplete(lee, Where.GUILD, "coach", "lp", focused("name", "frug")));
        assertThat(ac.callback.body().path("data").path("choices").path(0).path("value").asText()).isEqualTo("frugality");

        BotHarness.Exchange explain = h.interact(h.make.subcommand(lee, Where.GUILD, "coach", "lp", string("name", "frugality")));

        assertThat(explain.type()).isEqualTo(5);
        assertThat(text(explain.followUps(1))).contains("Frugality");
    }

    @Test
    @DisplayName("/coach progress after practice attaches the radar PNG and shows it in the embed")
    void progressWithRadar() {
        Person max = Person.member("1500000000000000013", "max");
        ObjectNode card = last(h.interact(h.make.slash(max, Where.GUILD, "mockinterview")).replyWithButtons());
        String modalId = h.interact(h.make.button(max, Where.GUILD, card, button(card, "Answer")))
                .callback.body().path("data").path("custom_id").asText();
        h.interact(h.make.modalSubmit(max, Where.GUILD, modalId,
                Map.of("answer", "I led the launch, cut costs by 12% and owned the rollback plan."))).replyWithButtons();

        BotHarness.Exchange progress = h.interact(h.make.subcommand(max, Where.GUILD, "coach", "progress"));

        List<Recorded> sent = h.fake.awaitFollowUps(progress.dispatched, 1, BotHarness.WORK);
        Recorded withFile = sent.stream().filter(r -> !r.files().isEmpty()).findFirst().orElseThrow();
        assertThat(withFile.files().get(0).fileName()).isEqualTo("lp-radar.png");
        byte[] png = withFile.files().get(0).data();
        assertThat(new String(png, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        JsonNode embedImages = withFile.body().path("embeds").findValue("image");
        assertThat(embedImages.path("url").asText()).isEqualTo("attachment://lp-radar.png");
    }

    @Test
    @DisplayName("/coach plan makes a prep plan with its calendar strip, attaches it as an .ics file, and stops it")
    void prepPlan() {
        Person lea = Person.member("1500000000000000022", "lea");
        String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(20).toString();

        BotHarness.Exchange made = h.interact(h.make.subcommand(lea, Where.GUILD, "coach", "plan", string("date", date),
                string("level", "senior"), string("focus", "payments")));
        assertThat(made.ephemeral()).isTrue();
        List<Recorded> sent = h.fake.awaitFollowUps(made.dispatched, 1, BotHarness.WORK);
        assertThat(sent.stream().map(r -> text(r.body())).reduce("", String::concat))
                .contains("Your prep plan is ready: 20 days to your Senior PM interview").contains("(payments)")
                .contains("/coach plan").doesNotContain("/plan ics");
        assertThat(sent.stream().flatMap(r -> r.files().stream()).map(f -> f.fileName())).contains("prep-plan.png");

        BotHarness.Exchange ics = h.interact(h.make.subcommand(lea, Where.GUILD, "coach", "plan", string("action", "ics")));
        Recorded file = h.fake.awaitFollowUps(ics.dispatched, 1, BotHarness.WORK).stream()
                .filter(r -> !r.files().isEmpty()).findFirst().orElseThrow();
        assertThat(file.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("loop-coach-plan.ics");
            assertThat(new String(f.data(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR\r\n")
                    .contains("DTSTART;VALUE=DATE:" + date.replace("-", ""));
        });

        BotHarness.Exchange off = h.interact(h.make.subcommand(lea, Where.GUILD, "coach", "plan", string("action", "off")));
        assertThat(h.fake.awaitFollowUps(off.dispatched, 1, BotHarness.WORK).stream().map(r -> text(r.body()))
                .reduce("", String::concat)).contains("prep plan is stopped");
        assertThat(h.violations()).isEmpty();
    }

    @Test
    @DisplayName("/coach drill says how drills start, and with a saved story shows when its first drill comes due")
    void drills() {
        Person kai = Person.member("1500000000000000023", "kai");
        BotHarness.Exchange none = h.interact(h.make.subcommand(kai, Where.GUILD, "coach", "drill"));
        assertThat(text(h.fake.awaitFollowUps(none.dispatched, 1, BotHarness.WORK).get(0).body()))
                .contains("start once you have some").contains("/coach story-add").doesNotContain("/story add");

        h.interact(h.make.subcommand(kai, Where.GUILD, "coach", "story-add", string("title", "Returns fix"),
                string("text", "I read 300 reviews myself, found a sizing bug and cut returns by 9%."))).followUps(1);
        BotHarness.Exchange later = h.interact(h.make.subcommand(kai, Where.GUILD, "coach", "drill"));
        assertThat(text(h.fake.awaitFollowUps(later.dispatched, 1, BotHarness.WORK).get(0).body()))
                .contains("No drill is due today").contains("\"Returns fix\"");
        BotHarness.Exchange answer = h.interact(h.make.subcommand(kai, Where.GUILD, "coach", "drill", string("answer", "1")));
        assertThat(text(h.fake.awaitFollowUps(answer.dispatched, 1, BotHarness.WORK).get(0).body()))
                .contains("No drill is due right now");
    }

    @Test
    @DisplayName("/coach mydata-export sends the JSON as a private file")
    void exportAsJsonFile() {
        Person ada = Person.member("1500000000000000014", "ada");
        h.interact(h.make.subcommand(ada, Where.GUILD, "coach", "story-add", string("title", "Warehouse robots"),
                string("text", "I piloted robots in one site and cut picking time by 18%."))).followUps(1);

        BotHarness.Exchange export = h.interact(h.make.subcommand(ada, Where.GUILD, "coach", "mydata-export"));

        assertThat(export.ephemeral()).isTrue();
        Recorded sent = h.fake.awaitFollowUps(export.dispatched, 1, BotHarness.WORK).get(0);
        assertThat(sent.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("loop-coach-data.json");
            assertThat(new String(f.data(), StandardCharsets.UTF_8)).contains("Warehouse robots");
        });
        assertThat(sent.body().path("flags").asLong() & 64).isEqualTo(64);
    }

    @Test
    @DisplayName("/coach mydata-delete asks first; Keep my data deletes nothing, the confirm button deletes")
    void deleteNeedsConfirmation() {
        Person bo = Person.member("1500000000000000015", "bo");
        h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "story-add", string("title", "Checkout"),
                string("text", "I rebuilt checkout and cut abandonment by 9%."))).followUps(1);

        ObjectNode ask = last(h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "mydata-delete")).replyWithButtons());
        assertThat(text(ask)).contains("Delete all your data?");
        BotHarness.Exchange keep = h.interact(h.make.button(bo, Where.GUILD, ask, button(ask, "Keep my data")));
        assertThat(text(keep.message())).contains("Nothing was deleted");
        BotHarness.Exchange stories = h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "stories"));
        assertThat(text(stories.followUps(1))).contains("Checkout");

        ObjectNode askAgain = last(h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "mydata-delete")).replyWithButtons());
        BotHarness.Exchange confirm = h.interact(h.make.button(bo, Where.GUILD, askAgain, button(askAgain, "Yes, delete everything")));

        assertThat(confirm.type()).isEqualTo(5);
        assertThat(text(confirm.followUps(1))).contains("all your data is deleted");
    }

    @Test
    @DisplayName("/coach story-add without text opens a form; the submitted story is saved")
    void storyAddForm() {
        Person cy = Person.member("1500000000000000016", "cy");

        BotHarness.Exchange form = h.interact(h.make.subcommand(cy, Where.GUILD, "coach", "story-add", string("title", "Pricing")));

        assertThat(form.type()).isEqualTo(9);
        JsonNode modal = form.callback.body().path("data");
        assertThat(modal.path("components").path(0).path("component").path("value").asText()).isEqualTo("Pricing");
        BotHarness.Exchange saved = h.interact(h.make.modalSubmit(cy, Where.GUILD, modal.path("custom_id").asText(),
                Map.of("title", "Pricing", "story", "I changed our pricing page and lifted conversion by 4%.")));
        assertThat(saved.type()).isEqualTo(5);
        saved.followUps(1);
        assertThat(text(h.interact(h.make.subcommand(cy, Where.GUILD, "coach", "stories")).followUps(1))).contains("Pricing");
    }

    @Test
    @DisplayName("/coach help answers privately in a server and names only commands Discord has registered")
    void help() {
        Person di = Person.member("1500000000000000017", "di");

        BotHarness.Exchange help = h.interact(h.make.subcommand(di, Where.GUILD, "coach", "help"));

        assertThat(help.ephemeral()).isTrue();
        String shown = text(List.of(help.message()));
        assertThat(shown).contains("/mockinterview").contains("that question again").contains("/coach question id:")
                .contains("Hand in button");
        java.util.Set<String> registered = new java.util.HashSet<>();
        h.fake.commands().values().forEach(cmds -> cmds.forEach(c -> {
            registered.add("/" + c.path("name").asText());
            c.path("options").forEach(o -> {
                if (o.path("type").asInt() == 1) {
                    registered.add("/" + c.path("name").asText() + " " + o.path("name").asText());
                }
            });
        }));
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("/(coach [a-z-]+|[a-z-]+)").matcher(shown);
        int count = 0;
        while (named.find()) {
            count++;
            assertThat(registered).as("help names %s", named.group()).contains(named.group());
        }
        assertThat(count).as("commands named in the help").isGreaterThan(10);
    }

    @Test
    @DisplayName("an unknown lp value gets a clear message instead of a guess")
    void unknownLp() {
        Person ed = Person.member("1500000000000000018", "ed");

        BotHarness.Exchange bad = h.interact(h.make.slash(ed, Where.GUILD, "mockinterview", string("lp", "quantum leadership")));

        assertThat(bad.type()).isEqualTo(4);
        assertThat(bad.ephemeral()).isTrue();
        assertThat(text(bad.message())).contains("quantum leadership").contains("Leadership Principle");
    }

    private static ObjectNode last(List<ObjectNode> messages) {
        return messages.get(messages.size() - 1);
    }
}
