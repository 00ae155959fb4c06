package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.StoreFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coach's view through the real Bolt app against the fake Slack: members opt in with {@code /coach share on}, an admin
 * sees only them with {@code /coach coachview} (privately), a member cannot, and the principle of the week is set.
 */
class CoachViewSlackTest {
    private static final String ADMIN = "U0COACH";
    private static final String ANA = "U0ANA";
    private static final String BO = "U0BO";
    private static DailyEngine engine;
    private static HttpBot bot;

    @BeforeAll
    static void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2027-01-13T10:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), java.util.Optional.empty());
        bot.fake.admin(ADMIN);
        bot.fake.displayName(ANA, "Ana");
        bot.fake.displayName(BO, "Bo");
    }

    @AfterAll
    static void stop() {
        bot.close();
        bot.fake.close();
    }

    @Test
    void onlyMembersWhoShareAreShown_andOnlyToAdmins() throws Exception {
        engine.stores.practice().record(SlackUsers.key(FakeSlack.TEAM, ANA), StoreFixtures.answeredEntry(Instant.parse("2027-01-12T09:00:00Z")));
        engine.stores.practice().record(SlackUsers.key(FakeSlack.TEAM, BO), StoreFixtures.answeredEntry(Instant.parse("2027-01-12T09:00:00Z")));

        assertThat(bot.requests.slashCommand("/coach", "share on", ANA, "C0CAMP", "s-ana").body())
                .contains("coaches can now see your practice");

        bot.requests.slashCommand("/coach", "coachview", ADMIN, "C0CAMP", "view-1");
        FakeSlack.Call view = bot.fake.await(c -> c.path().endsWith("/view-1"), 1, Duration.ofSeconds(5)).get(0);
        assertThat(view.body()).contains("ephemeral");
        assertThat(view.visibleText()).contains("Members who share their practice (1)").contains("Ana: 1 answer")
                .doesNotContain("Bo");

        bot.requests.slashCommand("/coach", "coachview", BO, "C0CAMP", "view-2");
        assertThat(bot.fake.await(c -> c.path().endsWith("/view-2"), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("for workspace admins").doesNotContain("Ana");

        assertThat(bot.requests.slashCommand("/coach", "coachview focus dive deep", ADMIN, "C0CAMP", "f-1").body())
                .contains("Principle of the week: Dive Deep");
        assertThat(bot.requests.slashCommand("/coach", "coachview digest on", BO, "C0COACHES", "d-0").body())
                .contains("for workspace admins");
        assertThat(bot.requests.slashCommand("/coach", "coachview digest on", ADMIN, "C0COACHES", "d-1").body())
                .contains("digest is on");
        assertThat(engine.stores.practiceBoard().digestChannels()).extracting(c -> c.channel().channelId())
                .containsExactly("C0COACHES");
        assertThat(bot.requests.slashCommand("/coach", "share off", ANA, "C0CAMP", "s-off").body()).contains("stopped sharing");
        assertThat(engine.stores.practiceBoard().consenting("slack", FakeSlack.TEAM)).isEmpty();
        assertThat(engine.coachView.focus(new dev.loopcoach.core.together.PracticeBoard.Community("slack", FakeSlack.TEAM)))
                .map(Enum::name).contains("DIVE_DEEP");
    }

    @Test
    void aCoachTheAdminNamed_seesTheView_butCannotNameOthers_untilRemoved() throws Exception {
        String kim = "U0KIM";
        String lee = "U0LEE";
        assertThat(bot.requests.slashCommand("/coach", "coachview coach add <@U0KIM|kim>", ADMIN, "C0CAMP", "n-1").body())
                .contains("kim is now a named coach");

        bot.requests.slashCommand("/coach", "coachview", kim, "C0CAMP", "view-k");
        assertThat(bot.fake.await(c -> c.path().endsWith("/view-k"), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("Coach's view: the last 7 days").doesNotContain("for workspace admins");
        assertThat(bot.requests.slashCommand("/coach", "coachview coach add <@U0LEE|lee>", kim, "C0CAMP", "n-2").body())
                .as("only admins name coaches").contains("for workspace admins");
        assertThat(bot.requests.slashCommand("/coach", "coachview coach add lee", ADMIN, "C0CAMP", "n-3").body())
                .contains("Use: /coach coachview coach add @person");

        assertThat(bot.requests.slashCommand("/coach", "coachview coach remove <@U0KIM>", ADMIN, "C0CAMP", "n-4").body())
                .contains("no longer a named coach");
        bot.requests.slashCommand("/coach", "coachview", kim, "C0CAMP", "view-k2");
        assertThat(bot.fake.await(c -> c.path().endsWith("/view-k2"), 1, Duration.ofSeconds(5)).get(0).visibleText())
                .contains("for workspace admins");
        assertThat(lee).isNotBlank();
    }
}
