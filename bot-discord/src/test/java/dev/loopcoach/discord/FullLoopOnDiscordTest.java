package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A whole loop on Discord through the real JDA, pressing only what Discord offers: Answer (a modal) for every
 * question and part of the memo, Hand in for the memo, until the debrief. It used to stop at the written exercise.
 */
class FullLoopOnDiscordTest {
    private static final String STORY = "In 2024 I owned the seller returns flow. Refunds took nine days, so my task was to "
            + "cut that before peak. I read 200 tickets myself, removed two manual approvals and shipped it in three weeks. "
            + "Refunds now take four days and complaints fell by 30%.";
    private static final String MEMO = "Bottom line: we should rebuild offline drafts for sellers. Tickets about lost drafts rose "
            + "from 40 to 310 a week after we removed it, and 12% of sellers work on patchy networks. I propose a three-week "
            + "rebuild measured by tickets (under 60 a week) and draft completion (back to 91%).";

    @Test
    void givenAFullLoop_whenEveryStepIsAnsweredWithDiscordsButtons_thenItEndsInTheDebrief() throws Exception {
        InMemoryStores stores = new InMemoryStores();
        CoachDeps deps = new CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), Clock.system(), new SplittableRandom(9),
                CoachSettings.defaults());
        Coach coach = new Coach(deps, LoopFeatures.extensions(deps));
        try (BotHarness h = BotHarness.startUnthrottled(coach)) {
            Person p = Person.member("1500000000000000081", "looper");
            List<ObjectNode> reply = h.interact(h.make.slash(p, Where.GUILD, "mockinterview",
                    Interactions.string("type", "loop"), Interactions.string("level", "pm"))).replyWithButtons();
            boolean handedIn = false;
            for (int step = 0; step < 80 && !reply.toString().contains("Loop debrief"); step++) {
                ObjectNode last = reply.get(reply.size() - 1);
                if (BotHarness.buttonIfAny(last, "Hand in").isPresent()) {
                    reply = h.interact(h.make.button(p, Where.GUILD, last, BotHarness.button(last, "Hand in"))).replyWithButtons();
                    handedIn = true;
                    continue;
                }
                BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, last, BotHarness.button(last, "Answer")));
                String form = press.callback.body().path("data").path("custom_id").asText();
                String text = reply.toString().contains("memo") && !handedIn ? MEMO : STORY;
                reply = h.interact(h.make.modalSubmit(p, Where.GUILD, form, Map.of("answer", text))).replyWithButtons();
                assertThat(reply.toString()).doesNotContain("/done").doesNotContain("No memo was handed in");
            }

            assertThat(handedIn).as("the memo was handed in with the button").isTrue();
            assertThat(reply.toString()).contains("Loop debrief");
        }
    }
}
