package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.StoreFixtures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The opt-in practice board through the real Bolt app against the fake Slack: members join and leave with
 * {@code /coach leaderboard}, an admin turns the weekly shout-out on, and Monday's post names only members who joined and
 * practised, by their display name, with no mention. The engine's clock starts on Wednesday 6 January 2027.
 */
class PracticeBoardSlackTest {
    private static final String ADMIN = "U0BOSS";
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";
    private static final String CY = "U0CY";
    private static final String CHANNEL = "C0PREP";
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2027-01-06T10:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), java.util.Optional.empty());
        bot.fake.admin(ADMIN);
        bot.fake.displayName(ANA, "Ana <@U0BOSS>");
        bot.fake.displayName(BO, "Bo");
        bot.fake.displayName(CY, "Cy");
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    @DisplayName("members join and leave; the Monday shout-out names only those still on the board who practised, without mentions")
    void joinLeaveAndTheWeeklyShoutOut() throws Exception {
        // WHEN Ana and Bo join, and Bo then leaves
        HttpResponse<String> joined = bot.requests.slashCommand("/coach", "leaderboard join", ANA, CHANNEL, "join-ana");
        bot.requests.slashCommand("/coach", "leaderboard join", BO, CHANNEL, "join-bo");
        HttpResponse<String> left = bot.requests.slashCommand("/coach", "leaderboard leave", BO, CHANNEL, "leave-bo");

        // THEN each answer rides on the ack, and the board holds Ana under her display name, mention stripped
        assertThat(joined.body()).contains("practice board as").contains("Ana U0BOSS").contains("never scores or verdicts");
        assertThat(left.body()).contains("off the practice board");
        assertThat(engine.stores.practiceBoard().members("slack", FakeSlack.TEAM))
                .extracting(m -> m.displayName()).containsExactly("Ana U0BOSS");

        // WHEN a member who is not an admin tries to turn the shout-out on, and then an admin does
        HttpResponse<String> refused = bot.requests.slashCommand("/coach", "shoutout on", CY, CHANNEL, "so-cy");
        HttpResponse<String> on = bot.requests.slashCommand("/coach", "shoutout on", ADMIN, CHANNEL, "so-admin");
        assertThat(refused.body()).contains("Only workspace admins");
        assertThat(on.body()).contains("Weekly practice shout-out is on").contains("Next: Mon 11 Jan 2027, 09:00 UTC");

        // WHEN all three practise in the week, and Monday 09:00 comes
        for (String u : List.of(ANA, BO, CY)) {
            practised(u, "2027-01-07T12:00:00Z");
        }
        practised(ANA, "2027-01-08T12:00:00Z");
        engine.clock.set(Instant.parse("2027-01-11T09:00:10Z"));
        assertThat(engine.board.runWeekly(engine.clock.now())).isEqualTo(1);

        // THEN one plain post in the channel names Ana only, and pings nobody
        FakeSlack.Call post = bot.fake.await(rootPostIn(CHANNEL), 1, Duration.ofSeconds(5)).get(0);
        assertThat(post.visibleText()).contains("Practice shout-out: Mon 4 Jan to Sun 10 Jan").contains("Ana U0BOSS: 2 days practised")
                .doesNotContain("Bo").doesNotContain("Cy");
        assertThat(post.body()).doesNotContain("<@").doesNotContain("<!");
        assertThat(post.param("link_names")).isIn(null, "0", "false");
        assertThat(engine.board.runWeekly(engine.clock.now())).as("once a week").isZero();

        // AND the board on demand is shown only to whoever asked
        bot.requests.slashCommand("/coach", "leaderboard", CY, CHANNEL, "board-cy");
        FakeSlack.Call board = bot.fake.await(c -> c.path().endsWith("/board-cy"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(board.body()).contains("ephemeral");
        assertThat(board.visibleText()).contains("Ana U0BOSS").contains("You're not on it").doesNotContain("Bo:");
    }

    @Test
    @DisplayName("an unknown leaderboard word gets the usage; the shout-out outside a channel is explained")
    void usage() throws Exception {
        assertThat(bot.requests.slashCommand("/coach", "leaderboard top", ANA, CHANNEL, "u-1").body()).contains("Use: /coach leaderboard");
        assertThat(bot.requests.slashCommand("/coach", "shoutout on", ADMIN, "D0DM", "u-2").body()).contains("for channels");
    }

    private static void practised(String slackUser, String at) {
        UserKey user = SlackUsers.key(FakeSlack.TEAM, slackUser);
        PracticeEntry e = StoreFixtures.answeredEntry(Instant.parse(at));
        engine.stores.practice().record(user, e);
    }

    private static Predicate<FakeSlack.Call> rootPostIn(String channel) {
        return c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")) && c.param("thread_ts") == null;
    }
}
