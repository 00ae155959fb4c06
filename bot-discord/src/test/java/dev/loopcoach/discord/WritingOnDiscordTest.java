package dev.loopcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.loop.WritingExercise;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.RealCoach;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The written exercise on Discord through the real JDA: each part goes in through the Answer modal, and a Hand in
 * button hands the memo in (Discord has no /done); no reply names a command Discord does not have.
 */
class WritingOnDiscordTest {
    private static final String PART_1 = "Bottom line: we should bring back offline mode for the seller app. Support tickets "
            + "about lost drafts rose from 40 to 310 a week after we removed it, and 12% of sellers work on patchy networks.";
    private static final String PART_2 = "I propose a three-week rebuild with local storage and a sync queue, measured by "
            + "tickets (target under 60 a week) and draft completion (target back to 91%).";

    @Test
    void givenAMemoInTwoParts_whenHandInIsPressed_thenItIsReviewedAsWriting() throws Exception {
        InMemoryStores stores = new InMemoryStores();
        CoachDeps deps = new CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(), RealCoach.tagger(), stores.sessions(),
                stores.practice(), stores.stories(), stores.privacy(), stores.prefs(), Clock.system(), new SplittableRandom(3),
                CoachSettings.defaults());
        Coach coach = new Coach(deps, new Coach.Extensions(Optional.empty(),
                Optional.of(new WritingExercise(RealCoach.builtInBank(), Clock.system())), Optional.empty(), Map.of()));
        try (BotHarness h = BotHarness.start(coach, DailyControl.notConfigured())) {
            Person p = Person.member("1500000000000000061", "writer");
            List<ObjectNode> start = h.interact(h.make.slash(p, Where.GUILD, "mockinterview",
                    Interactions.string("type", "writing"))).replyWithButtons();
            ObjectNode last = start.get(start.size() - 1);
            assertThat(start.toString()).as("the time box's end as Discord's own countdown, in each reader's time")
                    .containsPattern("Time box ends <t:\\d+:t> \\(<t:\\d+:R>\\)");

            for (String part : List.of(PART_1, PART_2)) {
                BotHarness.Exchange press = h.interact(h.make.button(p, Where.GUILD, last, BotHarness.button(last, "Answer")));
                String form = press.callback.body().path("data").path("custom_id").asText();
                List<ObjectNode> ack = h.interact(h.make.modalSubmit(p, Where.GUILD, form, Map.of("answer", part))).replyWithButtons();
                last = ack.get(ack.size() - 1);
                assertThat(last.toString()).contains("hand it in").doesNotContain("/done").doesNotContain("/submit");
            }

            List<ObjectNode> review = h.interact(h.make.button(p, Where.GUILD, last, BotHarness.button(last, "Hand in")))
                    .replyWithButtons();

            assertThat(review.toString()).contains("Writing feedback");
            assertThat(review.toString()).doesNotContain("No memo was handed in");
        }
    }
}
