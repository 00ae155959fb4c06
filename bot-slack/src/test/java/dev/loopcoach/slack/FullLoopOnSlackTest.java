package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A whole loop on Slack through the real Bolt app: started with /mockinterview loop, every answer and memo part typed in
 * the DM, the memo handed in by typing "done", until the debrief.
 */
class FullLoopOnSlackTest {
    private static final String USER = "U0LOOPER";
    private static final String DM = "D0LOOPER";
    private static final String STORY = "In 2024 I owned the seller returns flow. Refunds took nine days, so my task was to "
            + "cut that before peak. I read 200 tickets myself, removed two manual approvals and shipped it in three weeks. "
            + "Refunds now take four days and complaints fell by 30%.";
    private static final String MEMO = "Bottom line: we should rebuild offline drafts for sellers. Tickets about lost drafts "
            + "rose from 40 to 310 a week after we removed it, and 12% of sellers work on patchy networks. I propose a "
            + "three-week rebuild measured by tickets (under 60 a week) and draft completion (back to 91%).";

    @Test
    void givenALoop_whenEveryStepIsTypedInTheDm_thenItEndsInTheDebrief() throws Exception {
        InMemoryStores stores = new InMemoryStores();
        CoachDeps deps = new CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), Clock.system(), new SplittableRandom(9),
                CoachSettings.defaults());
        Coach coach = new Coach(deps, LoopFeatures.extensions(deps));
        try (FakeSlack fake = new FakeSlack();
             HttpBot bot = HttpBot.on(fake, coach, p -> SlackHooks.none(), Set.of(), Optional.empty())) {
            bot.requests.slashCommand("/mockinterview", "loop pm", USER, "C0PREP", "loop-start");
            String last = fake.await(MockInterviewFlowTest.post(USER), 1, Duration.ofSeconds(10)).get(0).visibleText();
            boolean handedIn = false;
            for (int step = 1; step < 80 && !last.contains("Loop debrief"); step++) {
                String text;
                if (last.contains("hand it in") && !handedIn && last.contains("Got it")) {
                    text = "done";
                    handedIn = true;
                } else {
                    text = last.contains("memo") && !handedIn ? MEMO : STORY;
                }
                int before = fake.calls("chat.postMessage").size();
                bot.requests.event("Ev0LOOP" + step, SlackRequests.messageEvent(USER, DM, "im", text,
                        "1800000000." + String.format("%06d", step), null), null);
                List<FakeSlack.Call> posts = fake.await(c -> c.method().equals("chat.postMessage"), before + 1,
                        Duration.ofSeconds(10));
                last = posts.get(posts.size() - 1).visibleText();
                assertThat(last).doesNotContain("/done").doesNotContain("No memo was handed in");
            }

            assertThat(handedIn).as("the memo was handed in by typing done").isTrue();
            assertThat(last).contains("Loop debrief");
        }
    }
}
