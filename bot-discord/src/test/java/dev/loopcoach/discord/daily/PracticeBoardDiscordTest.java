package dev.loopcoach.discord.daily;

import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.StoreFixtures;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The opt-in practice board through the real JDA against the fake Discord: members join and leave with
 * {@code /coach leaderboard}, an admin turns the weekly shout-out on with {@code /coach-server shoutout}, and Monday's
 * post names only members who joined and practised, with no buttons and no mentions.
 */
class PracticeBoardDiscordTest {
    private static DailyRig rig;
    private static BotHarness h;

    @BeforeAll
    static void start() {
        rig = new DailyRig();
        h = BotHarness.start(CoachFixture.coach(), rig.control);
        rig.poster.attach(h.bot.shards());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("two members join, one leaves; an admin turns the shout-out on; Monday's post names only the one still on it")
    void joinLeaveShoutOut() {
        rig.clock.set(Instant.parse("2027-01-06T10:00:00Z"));
        Person ana = Person.member("1500000000000000301", "ana");
        Person bo = Person.member("1500000000000000302", "bo");
        Person admin = Person.admin("1500000000000000303", "admin");

        BotHarness.Exchange joined = h.interact(h.make.subcommand(ana, Where.GUILD, "coach", "leaderboard", string("action", "join")));
        h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "leaderboard", string("action", "join")));
        BotHarness.Exchange left = h.interact(h.make.subcommand(bo, Where.GUILD, "coach", "leaderboard", string("action", "leave")));

        assertThat(joined.ephemeral()).isTrue();
        assertThat(text(joined.followUps(1))).contains("practice board as").contains("never scores or verdicts");
        assertThat(text(left.followUps(1))).contains("off the practice board");
        assertThat(rig.stores.practiceBoard().members("discord", FakeDiscord.GUILD_ID)).singleElement()
                .satisfies(m -> assertThat(m.user().userId()).isEqualTo(ana.id()));

        BotHarness.Exchange refused = h.interact(h.make.subcommand(ana, Where.GUILD, "coach-server", "shoutout", string("mode", "on")));
        BotHarness.Exchange on = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "shoutout", string("mode", "on")));
        assertThat(text(refused.callback.body().path("data"))).contains("Manage Server");
        assertThat(text(on.followUps(1))).contains("Weekly practice shout-out is on").contains("Next: Mon 11 Jan 2027, 09:00 UTC");

        for (Person p : List.of(ana, bo)) {
            rig.stores.practice().record(new UserKey("discord", p.id()), StoreFixtures.answeredEntry(Instant.parse("2027-01-07T12:00:00Z")));
        }
        int before = h.fake.channelMessages(FakeDiscord.CHANNEL_ID).size();
        rig.clock.set(Instant.parse("2027-01-11T09:00:10Z"));
        assertThat(rig.board.runWeekly(rig.clock.now())).isEqualTo(1);

        List<ObjectNode> messages = h.fake.channelMessages(FakeDiscord.CHANNEL_ID);
        assertThat(messages).hasSize(before + 1);
        ObjectNode post = messages.get(messages.size() - 1);
        assertThat(text(post)).contains("Practice shout-out: Mon 4 Jan to Sun 10 Jan").contains(": 1 day practised")
                .doesNotContain("<@");
        assertThat(post.path("components").size()).as("no buttons").isZero();
        assertThat(rig.board.runWeekly(rig.clock.now())).as("once a week").isZero();
    }

    @Test
    @DisplayName("the board in a DM is explained; the board on demand is private")
    void boardOnDemand() {
        Person cy = Person.member("1500000000000000304", "cy");
        BotHarness.Exchange dm = h.interact(h.make.subcommand(cy, Where.DM, "coach", "leaderboard"));
        assertThat(text(dm.callback.body().path("data"))).contains("belongs to a server");

        BotHarness.Exchange shown = h.interact(h.make.subcommand(cy, Where.GUILD, "coach", "leaderboard"));
        assertThat(shown.ephemeral()).isTrue();
        assertThat(text(shown.followUps(1))).contains("Practice board: the last 7 days").contains("You're not on it");
    }
}
