package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A modal answer the inbox cannot keep (its store is down): Discord is answered at once with the friendly line and
 * the text quoted back, never a defer that would promise an answer the bot cannot keep; a button's command likewise
 * is refused at once with nothing done.
 */
class StoreDownModalTest {
    private static final String ANSWER = "In 2024 I owned the returns flow and cut refund time from 9 days to 4 in a quarter.";

    @Test
    void givenTheStoreDown_whenAModalAnswerArrives_thenItsTextIsQuotedBackAtOnce() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        dev.loopcoach.core.port.Inbox up = new dev.loopcoach.core.intake.MemoryInbox();
        dev.loopcoach.core.port.Inbox failing = new dev.loopcoach.core.testing.DownInbox();
        dev.loopcoach.core.port.Inbox inbox = (dev.loopcoach.core.port.Inbox) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {dev.loopcoach.core.port.Inbox.class},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(down.get() ? failing : up, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (BotHarness h = BotHarness.startWithInbox(CoachFixture.coach(), inbox)) {
            Person p = Person.member("1500000000000000091", "down");
            List<ObjectNode> q = h.interact(h.make.slash(p, Where.GUILD, "mockinterview")).replyWithButtons();
            ObjectNode card = q.get(q.size() - 1);
            BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, card, BotHarness.button(card, "Answer")));
            String form = press.callback.body().path("data").path("custom_id").asText();
            down.set(true); // the store goes down while the person types

            BotHarness.Exchange submit = h.interact(h.make.modalSubmit(p, Where.GUILD, form, Map.of("answer", ANSWER)));

            assertThat(submit.type()).as("answered at once, not deferred").isEqualTo(4);
            assertThat(submit.message().toString()).contains("can't reach my storage").contains("refund time from 9 days to 4");

            ObjectNode offered = submit.message(); // the refusal offers the step's buttons again
            BotHarness.Exchange skip = h.interact(h.make.button(p, Where.GUILD, offered, BotHarness.button(offered, "Skip")));
            assertThat(skip.type()).as("a command that cannot be kept is refused at once, not deferred").isEqualTo(4);
            assertThat(skip.message().toString()).contains("can't reach my storage").contains("nothing was changed");
        }
    }
}
