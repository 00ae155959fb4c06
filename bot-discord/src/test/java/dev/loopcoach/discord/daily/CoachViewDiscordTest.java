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
        assertThat(text(refused.callback.body().path("data"))).contains("Manage Server").contains("coach role");

        BotHarness.Exchange focus = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                string("focus", "frugality")));
        assertThat(text(focus.followUps(1))).contains("Principle of the week: Frugality");

        BotHarness.Exchange digest = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                string("digest", "on")));
        assertThat(text(digest.followUps(1))).contains("digest is on");
        assertThat(rig.stores.practiceBoard().digestChannels()).hasSize(1);
    }

    @Test
    void aNamedCoachRole_seesTheView_butCannotNameCoaches_andLosesItWhenRemoved() {
        String coachesRole = "1310000000000000002";
        Person admin = Person.admin("1500000000000000513", "admin");
        Person kim = Person.member("1500000000000000514", "kim");
        Person lee = Person.member("1500000000000000515", "lee");

        BotHarness.Exchange named = h.interact(withRole(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                role("coach-role", coachesRole)), null));
        assertThat(text(named.followUps(1))).contains("The role Coaches is now a named coach");

        BotHarness.Exchange kims = h.interact(withRole(h.make.subcommand(kim, Where.GUILD, "coach-server", "coachview"),
                coachesRole));
        assertThat(kims.ephemeral()).isTrue();
        assertThat(text(kims.followUps(1))).contains("Members who share their practice");

        BotHarness.Exchange lees = h.interact(h.make.subcommand(lee, Where.GUILD, "coach-server", "coachview"));
        assertThat(text(lees.callback.body().path("data"))).contains("coach role");

        BotHarness.Exchange naming = h.interact(withRole(h.make.subcommand(kim, Where.GUILD, "coach-server", "coachview",
                role("coach-role", coachesRole)), coachesRole));
        assertThat(text(naming.callback.body().path("data"))).as("only server managers name coaches").contains("Manage Server");

        h.interact(withRole(h.make.subcommand(admin, Where.GUILD, "coach-server", "coachview",
                role("remove-coach-role", coachesRole)), null));
        BotHarness.Exchange after = h.interact(withRole(h.make.subcommand(kim, Where.GUILD, "coach-server", "coachview"),
                coachesRole));
        assertThat(text(after.callback.body().path("data"))).contains("coach role");
    }

    /** A role option with its resolved role, as Discord sends it. */
    private static com.fasterxml.jackson.databind.node.ObjectNode role(String name, String roleId) {
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("name", name).put("type", 8)
                .put("value", roleId);
    }

    /** Gives the member a role and resolves role options' roles, as Discord's payload carries them. */
    private static com.fasterxml.jackson.databind.node.ObjectNode withRole(com.fasterxml.jackson.databind.node.ObjectNode i,
                                                                          String memberRole) {
        if (memberRole != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) i.path("member")).putArray("roles").add(memberRole);
        }
        com.fasterxml.jackson.databind.node.ObjectNode roles = ((com.fasterxml.jackson.databind.node.ObjectNode) i.path("data"))
                .putObject("resolved").putObject("roles");
        roles.putObject("1310000000000000002").put("id", "1310000000000000002").put("name", "Coaches").put("color", 0)
                .put("hoist", false).put("position", 2).put("permissions", "0").put("managed", false)
                .put("mentionable", false).put("flags", 0);
        return i;
    }
}
