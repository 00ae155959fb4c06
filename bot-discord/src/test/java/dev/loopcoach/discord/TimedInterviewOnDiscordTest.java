package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /mockinterview timed:True}: the question shows Discord's own countdown to the end of its two minutes. */
class TimedInterviewOnDiscordTest {
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
    void givenTheTimedOption_thenTheQuestionCarriesALiveCountdown() {
        Person p = Person.member("1500000000000000071", "timer");
        List<ObjectNode> reply = h.interact(h.make.slash(p, Where.GUILD, "mockinterview",
                Interactions.string("type", "behavioral"), Interactions.bool("timed", true))).replyWithButtons();

        assertThat(reply.toString()).containsPattern("Timed: your two minutes are up <t:\\d+:t> \\(<t:\\d+:R>\\)");
    }
}
