package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.ReplyCorpus;
import dev.loopcoach.slack.command.SlackNames;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slack's walk: every reply kind of the core, as Slack shows it, names only commands Slack has. Each {@code /coach X}
 * it names is sent to the running bot (real Bolt, fake Slack) and must be understood; any other slash command than
 * {@code /mockinterview} and {@code /coach} fails the walk.
 */
class CommandWalkTest {
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2027-01-06T10:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), java.util.Optional.empty());
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    void givenEveryReplyKind_thenEachCommandItNamesIsOneSlackHas() throws Exception {
        Map<String, String> firstSeen = new LinkedHashMap<>();
        for (Map.Entry<String, Reply> e : ReplyCorpus.collect().entrySet()) {
            String shown = SlackNames.RESPELLING.apply(e.getValue()).plainText();
            for (String command : ReplyCorpus.namedCommands(shown)) {
                if (ReplyCorpus.echoes(e.getKey(), command)) {
                    continue;
                }
                String name = command.split(" ")[0];
                assertThat(name).as("after \"%s\" Slack shows %s", e.getKey(), command).isIn("/mockinterview", "/coach");
                if (name.equals("/coach") && command.contains(" ")) {
                    firstSeen.putIfAbsent(command.split(" ")[1], e.getKey());
                }
            }
        }
        assertThat(firstSeen).as("the walk reads the subcommands the replies name").hasSizeGreaterThan(15);
        int n = 0;
        for (Map.Entry<String, String> sub : firstSeen.entrySet()) {
            String id = "walk-" + (++n);
            // an unknown subcommand is answered in the ack itself ("I don't know /x"), before any work is queued
            HttpResponse<String> ack = bot.requests.slashCommand("/coach", sub.getKey(), "U0WALKER", "D0WALKER", id);
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).as("/coach %s (named after \"%s\")", sub.getKey(), sub.getValue())
                    .doesNotContain("I don't know /").doesNotContain("Unknown");
        }
    }
}
