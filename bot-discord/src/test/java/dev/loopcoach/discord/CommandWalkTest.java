package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.testing.ReplyCorpus;
import dev.loopcoach.discord.command.DiscordNames;
import dev.loopcoach.discord.support.BotHarness;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discord's walk: every reply kind of the core, as Discord shows it, names only commands the bot registered with Discord
 * (read back from the fake Discord's command registry, as a server sees them): the command, and its subcommand.
 */
class CommandWalkTest {
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
    void givenEveryReplyKind_thenEachCommandItNamesIsRegisteredOnDiscord() {
        Map<String, Set<String>> registered = new HashMap<>();
        for (JsonNode scope : h.fake.commands().values()) {
            for (JsonNode c : scope) {
                Set<String> subs = registered.computeIfAbsent(c.path("name").asText(), k -> new HashSet<>());
                c.path("options").forEach(o -> {
                    if (o.path("type").asInt() == 1) {
                        subs.add(o.path("name").asText());
                    }
                });
            }
        }
        assertThat(registered).containsKeys("coach", "mockinterview");
        int named = 0;
        for (Map.Entry<String, Reply> e : ReplyCorpus.collect().entrySet()) {
            String shown = DiscordNames.RESPELLING.apply(e.getValue()).plainText();
            for (String command : ReplyCorpus.namedCommands(shown)) {
                if (ReplyCorpus.echoes(e.getKey(), command)) {
                    continue;
                }
                named++;
                String[] parts = command.substring(1).split(" ");
                assertThat(registered).as("after \"%s\" Discord shows %s", e.getKey(), command).containsKey(parts[0]);
                Set<String> subs = registered.get(parts[0]);
                if (!subs.isEmpty()) {
                    assertThat(parts.length).as("after \"%s\" Discord shows %s without its subcommand", e.getKey(), command)
                            .isEqualTo(2);
                    assertThat(subs).as("after \"%s\" Discord shows %s", e.getKey(), command).contains(parts[1]);
                }
            }
        }
        assertThat(named).as("the walk reads the commands the replies name").isGreaterThan(50);
    }
}
