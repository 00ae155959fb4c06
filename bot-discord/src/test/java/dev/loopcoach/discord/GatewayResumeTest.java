package dev.loopcoach.discord;

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
import org.junit.jupiter.api.Test;

/** The gateway connection drops in the middle of an interview; JDA resumes the session and nothing is lost. */
class GatewayResumeTest {

    private static long count(List<JsonNode> frames, int op) {
        return frames.stream().filter(f -> f.path("op").asInt() == op).count();
    }

    private static void awaitResumed(FakeDiscord fake) throws InterruptedException {
        long deadline = System.nanoTime() + BotHarness.WORK.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(fake.gatewayFrames(), 6) > 0 && fake.gatewayConnected()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("bot did not resume; frames: " + fake.gatewayFrames());
    }

    @Test
    void givenDropMidInterview_botResumesAndTheInterviewContinues() throws InterruptedException {
        try (BotHarness h = BotHarness.start()) {
            Person alex = Person.member("1500000000000000041", "alex");
            List<ObjectNode> q = h.interact(h.make.slash(alex, Where.GUILD, "mockinterview")).replyWithButtons();
            ObjectNode card = q.get(q.size() - 1);
            int seqBeforeDrop = h.fake.gatewaySequence();

            h.fake.dropGateway();
            FakeDiscord.Dispatched pressedDuringOutage = h.fake.dispatchInteraction(
                    h.make.button(alex, Where.GUILD, card, button(card, "Answer")));
            awaitResumed(h.fake);

            List<JsonNode> frames = h.fake.gatewayFrames();
            assertThat(count(frames, 2)).as("identified once, never again").isEqualTo(1);
            JsonNode resume = frames.stream().filter(f -> f.path("op").asInt() == 6).findFirst().orElseThrow();
            assertThat(resume.path("d").path("token").asText()).isEqualTo("fake-token");
            assertThat(resume.path("d").path("seq").asInt()).as("resumes after the last event it got").isEqualTo(seqBeforeDrop);
            Recorded modal = h.fake.awaitCallback(pressedDuringOutage);
            assertThat(modal.status()).isLessThan(300);
            assertThat(modal.callbackType()).as("the press sent during the outage was replayed and answered").isEqualTo(9);

            BotHarness.Exchange submit = h.interact(h.make.modalSubmit(alex, Where.GUILD,
                    modal.body().path("data").path("custom_id").asText(),
                    Map.of("answer", "I owned the outage review and cut incidents by 25% in a quarter.")));
            List<ObjectNode> feedback = submit.replyWithButtons();
            assertThat(text(feedback)).contains("Feedback");
            ObjectNode next = feedback.get(feedback.size() - 1);
            BotHarness.Exchange end = h.interact(h.make.button(alex, Where.GUILD, next, button(next, "End")));
            assertThat(end.type()).isEqualTo(5);
            assertThat(text(end.followUps(1))).contains("summary");
        }
    }
}
