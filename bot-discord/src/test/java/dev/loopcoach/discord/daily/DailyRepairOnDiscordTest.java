package dev.loopcoach.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.PostKey;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.discord.DiscordSettings;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Daily posts through the real JDA against the fake Discord when Discord answers HTTP 500: the post's Answer button
 * carries its key, the repair reads the channel's latest messages, and the channel ends with exactly one post; a send
 * repeated with the same nonce is answered with the first message.
 */
class DailyRepairOnDiscordTest {
    private static final ChannelKey CHANNEL = DiscordDaily.channel(FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    /** The real bot on the fake, connected, with the rig's poster attached to its shards. */
    private static DiscordBot connected(FakeDiscord fake, DailyRig rig) throws InterruptedException {
        DiscordBot bot = DiscordBot.start(DiscordSettings.ofToken("fake-token").withEndpoints(fake.restBaseUrl(), fake.gatewayUrl()),
                CoachFixture.coach(), rig.control, null);
        assertThat(bot.awaitReady(Duration.ofSeconds(10))).isTrue();
        rig.poster.attach(bot.shards());
        return bot;
    }

    @Test
    void givenServerErrors_whenTheRepairRuns_thenTheChannelGetsExactlyOnePost() throws Exception {
        DailyRig rig = new DailyRig();
        try (FakeDiscord fake = FakeDiscord.start(); DiscordBot bot = connected(fake, rig)) {
            rig.service.set(CHANNEL, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")), "admin");
            fake.failPosts(FakeDiscord.CHANNEL_ID, 20);

            rig.clock.set(Instant.parse("2025-03-03T08:00:30Z"));
            rig.service.runDue(rig.clock.now());
            DailyPost failed = rig.dailyStores.posts().find(CHANNEL, DAY, PostKind.SCHEDULED).orElseThrow();
            assertThat(failed.status()).isEqualTo(PostStatus.FAILED);
            assertThat(fake.channelMessages(FakeDiscord.CHANNEL_ID)).isEmpty();

            fake.failPosts(FakeDiscord.CHANNEL_ID, 0);
            for (int i = 0; i < 10; i++) {
                rig.service.runDue(rig.clock.advance(Duration.ofSeconds(30)));
            }

            List<ObjectNode> posted = fake.channelMessages(FakeDiscord.CHANNEL_ID);
            assertThat(posted).hasSize(1);
            DailyPost post = rig.dailyStores.posts().find(CHANNEL, DAY, PostKind.SCHEDULED).orElseThrow();
            assertThat(post.status()).isEqualTo(PostStatus.POSTED);
            assertThat(post.messageRef()).contains(posted.get(0).path("id").asText());
            assertThat(rig.poster.find(CHANNEL, PostKey.of(CHANNEL, DAY, PostKind.SCHEDULED), Instant.EPOCH))
                    .isEqualTo(new ChannelPoster.Lookup.Found(posted.get(0).path("id").asText()));
            assertThat(rig.poster.find(CHANNEL, PostKey.of(CHANNEL, DAY.plusDays(1), PostKind.SCHEDULED), Instant.EPOCH))
                    .isEqualTo(new ChannelPoster.Lookup.Absent());
        }
    }

    @Test
    void givenTheSameKeySentTwice_thenDiscordKeepsOneMessage() throws Exception {
        DailyRig rig = new DailyRig();
        try (FakeDiscord fake = FakeDiscord.start(); DiscordBot bot = connected(fake, rig)) {
            String key = PostKey.of(CHANNEL, DAY, PostKind.SCHEDULED);

            String first = rig.poster.post(CHANNEL, Reply.info("Tell me about a time you disagreed and committed."), key);
            String again = rig.poster.post(CHANNEL, Reply.info("Tell me about a time you disagreed and committed."), key);

            assertThat(again).isEqualTo(first);
            assertThat(fake.channelMessages(FakeDiscord.CHANNEL_ID)).hasSize(1);
        }
    }
}
