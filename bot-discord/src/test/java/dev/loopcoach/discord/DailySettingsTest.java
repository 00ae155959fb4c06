package dev.loopcoach.discord;

import static dev.loopcoach.discord.fake.Interactions.channel;
import static dev.loopcoach.discord.fake.Interactions.string;
import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /coach-server: only for members who can manage the server, checked by the bot itself. */
class DailySettingsTest {
    private static final List<Object> calls = new CopyOnWriteArrayList<>();
    private static BotHarness h;

    /** A stand-in daily engine that records what the settings commands asked for. */
    static final class RecordingDaily implements DailyControl {
        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Reply schedule(DailySchedule schedule) {
            calls.add(schedule);
            return Reply.info("Daily question scheduled in channel " + schedule.channelId());
        }

        @Override
        public Reply turnOff(String guildId, String requestedBy) {
            calls.add("off " + guildId);
            return Reply.info("Daily question turned off.");
        }

        @Override
        public Reply postNow(String guildId, String requestedBy) {
            calls.add("now " + guildId);
            return Reply.info("Posted today's question.");
        }
    }

    @BeforeAll
    static void start() {
        h = BotHarness.start(CoachFixture.coach(), new RecordingDaily());
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    @DisplayName("a member without Manage Server is refused privately and nothing changes")
    void nonAdminRefused() {
        Person member = Person.member("1500000000000000021", "member");
        int before = calls.size();

        BotHarness.Exchange x = h.interact(h.make.subcommand(member, Where.GUILD, "coach-server", "daily-set", string("time", "09:00")));

        assertThat(x.type()).isEqualTo(4);
        assertThat(x.ephemeral()).isTrue();
        assertThat(text(x.message())).contains("Manage Server");
        assertThat(calls).hasSize(before);
    }

    @Test
    @DisplayName("an admin sets channel, time, zone and days; the engine receives them parsed")
    void adminSchedules() {
        Person admin = Person.admin("1500000000000000022", "admin");

        BotHarness.Exchange x = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set",
                channel("channel", FakeDiscord.CHANNEL_ID), string("time", "08:30"), string("timezone", "Europe/Berlin"),
                string("days", "mon-fri")));

        assertThat(x.type()).isEqualTo(5);
        assertThat(x.ephemeral()).isTrue();
        assertThat(text(x.followUps(1))).contains("Daily question scheduled");
        DailyControl.DailySchedule s = (DailyControl.DailySchedule) calls.stream()
                .filter(c -> c instanceof DailyControl.DailySchedule d && d.requestedBy().equals(admin.id())).findFirst().orElseThrow();
        assertThat(s.guildId()).isEqualTo(FakeDiscord.GUILD_ID);
        assertThat(s.channelId()).isEqualTo(FakeDiscord.CHANNEL_ID);
        assertThat(s.time()).contains(LocalTime.of(8, 30));
        assertThat(s.zone()).contains(ZoneId.of("Europe/Berlin"));
        assertThat(s.days()).contains(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    @Test
    @DisplayName("a time the bot cannot read is explained, and the engine is not called")
    void badTimeExplained() {
        Person admin = Person.admin("1500000000000000023", "admin2");
        int before = calls.size();

        BotHarness.Exchange x = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-set", string("time", "25:99")));

        assertThat(x.type()).isEqualTo(4);
        assertThat(text(x.message())).contains("HH:MM");
        assertThat(calls).hasSize(before);
    }

    @Test
    @DisplayName("off and now reach the engine for admins")
    void offAndNow() {
        Person admin = Person.admin("1500000000000000024", "admin3");

        assertThat(text(h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-off")).followUps(1))).contains("turned off");
        assertThat(text(h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-now")).followUps(1))).contains("Posted");
        assertThat(calls).contains("off " + FakeDiscord.GUILD_ID, "now " + FakeDiscord.GUILD_ID);
    }

    @Test
    @DisplayName("/coach daily-set (as an older command list would send it) is answered with the same checks")
    void unlistedAliasUnderCoach() {
        Person member = Person.member("1500000000000000027", "member2");
        Person admin = Person.admin("1500000000000000028", "admin5");

        BotHarness.Exchange refused = h.interact(h.make.subcommand(member, Where.GUILD, "coach", "daily-off"));
        BotHarness.Exchange done = h.interact(h.make.subcommand(admin, Where.GUILD, "coach", "daily-off"));

        assertThat(text(refused.message())).contains("Manage Server");
        assertThat(text(done.followUps(1))).contains("turned off");
    }

    @Test
    @DisplayName("daily settings in a DM explain they are per server")
    void dmRefused() {
        Person admin = Person.admin("1500000000000000025", "admin4");

        BotHarness.Exchange x = h.interact(h.make.subcommand(admin, Where.DM, "coach-server", "daily-now"));

        assertThat(x.type()).isEqualTo(4);
        assertThat(text(x.message())).contains("per server");
    }
}
