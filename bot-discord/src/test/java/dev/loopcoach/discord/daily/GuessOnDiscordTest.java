package dev.loopcoach.discord.daily;

import static dev.loopcoach.discord.fake.Interactions.inThread;
import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.button;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Guess the Bar Raiser" through the real JDA against the fake Discord: an admin turns it on, an answer waits in the
 * thread under a card, members guess privately, the answerer reveals, and a guesser sees privately how theirs compared.
 */
class GuessOnDiscordTest {
    private static final ChannelKey CHANNEL = DiscordDaily.channel(FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    private static final String ANSWER = "I owned our checkout redesign, interviewed twenty customers, cut the steps from five "
            + "to two and lifted conversion by 9% in a quarter.";
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
    void answerWaits_guessesAreHidden_revealPostsTheCoaching_andAGuesserSeesHowTheyCompared() {
        Person admin = Person.admin("1500000000000000401", "admin");
        Person alex = Person.member("1500000000000000402", "alex");
        Person bea = Person.member("1500000000000000403", "bea");
        BotHarness.Exchange on = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "guessing", string("mode", "on")));
        assertThat(text(on.followUps(1))).contains("Guess the Bar Raiser is on");

        String postId = rig.postNow(CHANNEL, "2025-03-05T07:00:00Z");
        ObjectNode post = h.fake.message(postId);
        BotHarness.Exchange press = h.interact(h.make.button(alex, Where.GUILD, post, button(post, "Answer")));
        String form = press.callback.body().path("data").path("custom_id").asText();
        BotHarness.Exchange submit = h.interact(h.make.modalSubmit(alex, Where.GUILD, form,
                Map.of(DailyAnswerModal.INPUT_ID, ANSWER)));
        assertThat(text(submit.followUps(1))).contains("members are guessing");

        List<ObjectNode> inThreadNow = h.fake.channelMessages(postId);
        ObjectNode card = inThreadNow.get(inThreadNow.size() - 1);
        assertThat(text(card)).contains("Guess the Bar Raiser").contains("alex's answer").doesNotContain("Feedback on your answer");
        ObjectNode thread = h.fake.thread(postId);

        BotHarness.Exchange guess = h.interact(inThread(h.make.button(bea, Where.GUILD, card, button(card, "Inclined")), thread));
        assertThat(guess.ephemeral()).isTrue();
        assertThat(text(guess.followUps(1))).contains("Your guess: Inclined").contains("hidden until the reveal");

        BotHarness.Exchange reveal = h.interact(inThread(h.make.button(alex, Where.GUILD, card, button(card, "Reveal")), thread));
        assertThat(text(reveal.followUps(1))).contains("Revealed.");
        List<ObjectNode> after = h.fake.channelMessages(postId);
        String all = after.stream().map(JsonNode::toString).reduce("", String::concat);
        assertThat(all).contains("Feedback on your answer").contains("Revealed: 1 guess");

        BotHarness.Exchange mine = h.interact(inThread(h.make.button(bea, Where.GUILD, card, button(card, "Not Inclined")), thread));
        assertThat(text(mine.followUps(1))).contains("You guessed Inclined").contains("Your calibration so far: ");

        BotHarness.Exchange calibration = h.interact(h.make.subcommand(bea, Where.GUILD, "coach", "calibration"));
        assertThat(text(calibration.followUps(1))).contains("of 1 guess matched the Bar Raiser");
    }
}
