package dev.loopcoach.discord.daily;

import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.testing.StoreFixtures;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coach's view through the real JDA against the fake Discord: only members who share appear, only to Manage Server. */
class CoachViewDiscordTest {
    private static DailyRig rig;
    private static BotHarness h;

    @BeforeAll
    static void start() {
        rig = new DailyRig();
        h = BotHarness.start(CoachFixture.coach(), rig.control);
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    void onlyMembersWhoShareAreShown_andOnlyToAdmins() {
        Person ana = Person.member("1500000000000000501", "ana");
        Person bo = Person.member("1500000000000000502", "bo");
        Person admin = Person.admin("1500000000000000503", "admin");
        rig.clock.set(Instant.parse("2027-01-13T10:00:00Z"));
        for (Person p : new Person[] {ana, bo}) {
            rig.stores.practice().record(new UserKey("discord", p.id()), StoreFixtures.answeredEntry(Instant.parse("2027-01-12T09:00:00Z")));
        }

        BotHarness.Exchange shared = h.interact(h.make.subcommand(ana, Where.GUILD, "coach", "share", string("action", "on")));
        assertThat(text(shared.followUps(1))).contains("coaches can now see your practice");

        BotHarness.Exchange view = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview"));
        assertThat(view.ephemeral()).isTrue();
        assertThat(text(view.followUps(1))).contains("Members who share their practice (1)").contains("ana: 1 answer")
                .doesNotContain("bo:");

        BotHarness.Exchange refused = h.interact(h.make.subcommand(bo, Where.GUILD, "coach-server", "coachview"));
        assertThat(text(refused.callback.body().path("data"))).contains("Manage Server");

        BotHarness.Exchange focus = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                string("focus", "frugality")));
        assertThat(text(focus.followUps(1))).contains("Principle of the week: Frugality");

        BotHarness.Exchange digest = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                string("digest", "on")));
        assertThat(text(digest.followUps(1))).contains("digest is on");
        assertThat(rig.stores.practiceBoard().digestChannels()).hasSize(1);
    }
}
