package dev.loopcoach.discord.peer;

import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bot without peer mocks offers the choice (commands are registered alike everywhere) and says honestly it has none. */
class PeerMockNotAvailableTest {

    @Test
    void givenNoPeerMocks_thenTheCommandAndAnOldButtonSayTheyAreNotAvailable() {
        try (BotHarness h = BotHarness.start()) {
            Person ana = Person.member("1500000000000000801", "Ana");

            BotHarness.Exchange ask = h.interact(h.make.slash(ana, Where.GUILD, "mockinterview", string("type", "peer")));
            ObjectNode anyMessage = ask.message();
            BotHarness.Exchange press = h.interact(h.make.button(ana, Where.DM, anyMessage, "lcp:accept:1"));

            assertThat(ask.type()).isEqualTo(4);
            assertThat(ask.ephemeral()).isTrue();
            assertThat(text(ask.message())).isEqualTo("Peer mock interviews are not available on this Loop Coach bot.");
            assertThat(text(press.message())).contains("not available");
        }
    }

    @Test
    void givenTheRegisteredCommand_thenMockinterviewOffersThePeerChoice_withWhenAndCancel() {
        try (BotHarness h = BotHarness.start()) {
            JsonNode mock = null;
            for (JsonNode c : h.fake.commands().get(FakeDiscord.GUILD_ID)) {
                if (c.path("name").asText().equals("mockinterview")) {
                    mock = c;
                }
            }
            assertThat(mock).isNotNull();
            List<String> options = new ArrayList<>();
            List<String> types = new ArrayList<>();
            mock.path("options").forEach(o -> {
                options.add(o.path("name").asText());
                if (o.path("name").asText().equals("type")) {
                    o.path("choices").forEach(ch -> types.add(ch.path("value").asText() + "=" + ch.path("name").asText()));
                }
            });

            assertThat(options).contains("type", "level", "when", "cancel");
            assertThat(types).anySatisfy(t -> assertThat(t).startsWith("peer=" + PeerMessages.PEER_CHOICE));
        }
    }
}
