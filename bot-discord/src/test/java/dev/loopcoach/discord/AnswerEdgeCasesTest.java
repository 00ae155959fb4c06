package dev.loopcoach.discord;

import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What happens around an answer: slow analysis, empty or oversized text, forms that went stale, double clicks, spam. */
class AnswerEdgeCasesTest {
    private static final String HOLD_MARKER = "please hold this answer";
    private static final CountDownLatch release = new CountDownLatch(1);
    private static BotHarness h;

    /** Analyses normally, except that an answer containing the marker waits until the test releases it. */
    static final class HoldingAnswerCoach implements AnswerCoach {
        private final AnswerCoach inner = new CoachFixture.SimpleAnswerCoach();

        @Override
        public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
            hold(answer);
            return inner.coach(question, answer, alreadyAsked);
        }

        @Override
        public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String answer, Collection<String> alreadyAsked) {
            hold(answer);
            return inner.coachFollowUp(question, probe, story, answer, alreadyAsked);
        }

        private static void hold(String answer) {
            if (answer.contains(HOLD_MARKER)) {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @BeforeAll
    static void start() {
        h = BotHarness.start(CoachFixture.coach(new HoldingAnswerCoach()), DailyControl.notConfigured());
    }

    @AfterAll
    static void stop() {
        release.countDown();
        h.close();
    }

    private ObjectNode startInterview(Person p) {
        List<ObjectNode> q = h.interact(h.make.slash(p, Where.GUILD, "mockinterview")).replyWithButtons();
        return q.get(q.size() - 1);
    }

    private String openAnswerForm(Person p, ObjectNode card) {
        BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, card, button(card, "Answer")));
        assertThat(press.type()).isEqualTo(9);
        return press.callback.body().path("data").path("custom_id").asText();
    }

    @Test
    @DisplayName("the answer is acknowledged at once while the analysis is still running, and the feedback follows")
    void acknowledgesBeforeSlowWork() {
        Person slow = Person.member("1500000000000000031", "slow");
        ObjectNode card = startInterview(slow);
        String form = openAnswerForm(slow, card);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(slow, Where.GUILD, form,
                Map.of("answer", "I own this, " + HOLD_MARKER + ", and I cut costs by 20%.")));

        assertThat(submit.type()).isEqualTo(5);
        assertThat(h.fake.requests().stream().filter(r -> r.path().equals("/webhooks/1200000000000000001/" + submit.dispatched.token())))
                .as("no feedback before the analysis finishes").isEmpty();
        release.countDown();
        assertThat(text(submit.replyWithButtons())).contains("Feedback");
    }

    @Test
    @DisplayName("an empty answer gets a clear message and the Answer button again; nothing is submitted")
    void emptyAnswer() {
        Person p = Person.member("1500000000000000032", "empty");
        ObjectNode card = startInterview(p);
        String form = openAnswerForm(p, card);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form, Map.of("answer", "   ")));

        assertThat(submit.type()).isEqualTo(4);
        assertThat(submit.ephemeral()).isTrue();
        ObjectNode msg = submit.message();
        assertThat(text(msg)).contains("empty");
        String again = openAnswerForm(p, msg);
        BotHarness.Exchange real = h.interact(h.make.modalSubmit(p, Where.GUILD, again, Map.of("answer", "I shipped it and saved 5%.")));
        assertThat(text(real.replyWithButtons())).contains("Feedback");
    }

    @Test
    @DisplayName("an answer over 4,000 characters comes back as a file and can be answered again")
    void oversizedAnswer() {
        Person p = Person.member("1500000000000000033", "long");
        ObjectNode card = startInterview(p);
        String form = openAnswerForm(p, card);
        String tooLong = "I did the work and measured it. ".repeat(140);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form, Map.of("answer", tooLong)));

        assertThat(submit.type()).isEqualTo(4);
        assertThat(submit.callback.files()).singleElement()
                .satisfies(f -> assertThat(new String(f.data(), StandardCharsets.UTF_8)).isEqualTo(tooLong.strip()));
        assertThat(text(submit.message())).contains("4,000");
        assertThat(BotHarness.buttonIfAny(submit.message(), "Answer")).isPresent();
    }

    @Test
    @DisplayName("an answer form opened before the interview moved on is not submitted, and the text is quoted back")
    void staleForm() {
        Person p = Person.member("1500000000000000034", "stale");
        ObjectNode card = startInterview(p);
        String form = openAnswerForm(p, card);
        h.interact(h.make.button(p, Where.GUILD, card, button(card, "Skip"))).replyWithButtons();

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form,
                Map.of("answer", "My careful answer about the launch.")));

        assertThat(submit.type()).isEqualTo(4);
        assertThat(text(submit.message())).contains("moved on").contains("My careful answer about the launch.");
    }

    @Test
    @DisplayName("a modal in the older action-row layout is read too")
    void olderModalLayout() {
        Person p = Person.member("1500000000000000035", "rows");
        ObjectNode card = startInterview(p);
        String form = openAnswerForm(p, card);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmitInRows(p, Where.GUILD, form,
                Map.of("answer", "I owned the migration and cut latency by 40%.")));

        assertThat(submit.type()).isEqualTo(5);
        assertThat(text(submit.replyWithButtons())).contains("Feedback");
    }

    @Test
    @DisplayName("a double click on Skip skips once")
    void doubleClick() {
        Person p = Person.member("1500000000000000036", "double");
        ObjectNode card = startInterview(p);
        String skip = button(card, "Skip");

        BotHarness.Exchange first = h.interact(h.make.button(p, Where.GUILD, card, skip));
        BotHarness.Exchange second = h.interact(h.make.button(p, Where.GUILD, card, skip));

        assertThat(first.type()).isEqualTo(5);
        assertThat(second.type()).isEqualTo(4);
        assertThat(text(first.replyWithButtons())).contains("Question 2 of 3");
    }

    @Test
    @DisplayName("more than 10 interactions in 20 seconds get a friendly slow-down note")
    void rateLimited() {
        Person p = Person.member("1500000000000000037", "fast");
        BotHarness.Exchange last = null;
        for (int i = 0; i < 11; i++) {
            last = h.interact(h.make.subcommand(p, Where.GUILD, "coach", "help"));
        }

        assertThat(last.type()).isEqualTo(4);
        assertThat(last.ephemeral()).isTrue();
        assertThat(text(last.message())).contains("going a bit fast");
    }

    @Test
    @DisplayName("user text that tries to ping everyone is sent with mentions disabled and the ping broken")
    void noMassMentions() {
        Person p = Person.member("1500000000000000038", "pinger");
        ObjectNode card = startInterview(p);
        String form = openAnswerForm(p, card);

        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form,
                Map.of("answer", "@everyone @here <@&1310000000000000001> I led it and grew revenue 10%.")));

        List<ObjectNode> feedback = submit.replyWithButtons();
        for (Recorded r : h.fake.awaitFollowUps(submit.dispatched, feedback.size(), BotHarness.WORK)) {
            JsonNode mentions = r.body().path("allowed_mentions");
            assertThat(mentions.path("parse").isArray()).isTrue();
            assertThat(mentions.path("parse").size()).isZero();
        }
        assertThat(text(feedback)).doesNotContain("@everyone").doesNotContain("@here").doesNotContain(" <@&");
    }
}
