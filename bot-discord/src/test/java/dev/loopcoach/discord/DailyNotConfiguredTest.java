package dev.loopcoach.discord;

import static dev.loopcoach.discord.support.BotHarness.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.discord.fake.Interactions.Person;
import dev.loopcoach.discord.fake.Interactions.Where;
import dev.loopcoach.discord.support.BotHarness;
import org.junit.jupiter.api.Test;

class DailyNotConfiguredTest {

    @Test
    void givenNoDailyEngine_adminIsToldItIsNotConfigured_notAFakeSuccess() {
        try (BotHarness h = BotHarness.start()) {
            Person admin = Person.admin("1500000000000000026", "owner");

            BotHarness.Exchange x = h.interact(h.make.subcommand(admin, Where.GUILD, "coach-server", "daily-now"));

            assertThat(x.type()).isEqualTo(4);
            assertThat(x.ephemeral()).isTrue();
            assertThat(text(x.message())).contains("not configured");
        }
    }
}
