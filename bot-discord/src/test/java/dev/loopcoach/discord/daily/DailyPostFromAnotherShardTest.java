package dev.loopcoach.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.discord.DiscordSettings;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.PayloadRules;
import dev.loopcoach.discord.fake.Recorded;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's due-check runs in whichever process db-scheduler picks. Here that process runs shard 3 of 4,
 * knows no guild at all, and the server's guild lives on shard 0 (another process): the question still goes out
 * once, by REST to the channel id, with its thread; and a second due-check in the same slot posts nothing.
 */
class DailyPostFromAnotherShardTest {
    private static final ChannelKey CHANNEL = DiscordDaily.channel(FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID);

    @Test
    void givenGuildOnAnotherProcessShard_dueCheckHerePostsOnceByChannelId() throws Exception {
        assertThat(DiscordPoster.ownerShard(FakeDiscord.GUILD_ID, 4)).as("the guild is on shard 0").isZero();
        DailyRig rig = new DailyRig();
        try (FakeDiscord fake = FakeDiscord.start(List.of())) {
            DiscordSettings settings = DiscordSettings.ofToken("fake-token").withEndpoints(fake.restBaseUrl(), fake.gatewayUrl())
                    .withShards(4, DiscordSettings.ShardRange.parse("3"));
            try (DiscordBot bot = DiscordBot.start(settings, CoachFixture.coach(), rig.control, null)) {
                assertThat(bot.awaitReady(Duration.ofSeconds(10))).isTrue();
                rig.poster.attach(bot.shards());
                rig.clock.set(Instant.parse("2025-03-03T07:00:00Z"));
                rig.service.set(CHANNEL, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")), "admin");

                List<DailyResult> first = rig.service.runDue(Instant.parse("2025-03-03T08:00:30Z"));
                List<DailyResult> second = rig.service.runDue(Instant.parse("2025-03-03T08:01:00Z"));

                assertThat(first).singleElement().satisfies(r -> assertThat(r.posted()).isTrue());
                assertThat(second).isEmpty();
                List<ObjectNode> posted = fake.channelMessages(FakeDiscord.CHANNEL_ID);
                assertThat(posted).hasSize(1);
                String postId = posted.get(0).path("id").asText();
                assertThat(rig.dailyStores.posts().findByMessage(CHANNEL, postId))
                        .hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(PostStatus.POSTED));
                Recorded thread = fake.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages/" + postId + "/threads"),
                        Duration.ofSeconds(5));
                assertThat(thread.status()).isEqualTo(201);
                assertThat(fake.channelMessages(postId)).hasSize(1);
                for (Recorded r : fake.requests()) {
                    assertThat(PayloadRules.check(r)).as("%s", r).isEmpty();
                    assertThat(r.status()).as("%s", r).isLessThan(400);
                }
            }
        }
    }

    @Test
    void givenPosterNotAttached_nothingIsClaimed_andNowSaysNoDiscordBotRunsHere() {
        DailyRig rig = new DailyRig();
        rig.service.set(CHANNEL, DailySchedule.weekdays(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin")), "admin");

        List<DailyResult> due = rig.service.runDue(Instant.parse("2025-03-03T08:00:30Z"));
        DailyResult now = rig.service.now(CHANNEL, "admin");

        assertThat(rig.poster.serves("discord")).isFalse();
        assertThat(due).as("the due-check leaves the slot to a process that can post").isEmpty();
        assertThat(now.outcome()).isEqualTo(DailyResult.Outcome.POST_FAILED);
        assertThat(now.reply().plainText()).contains("no discord bot runs here");
        assertThat(rig.dailyStores.posts().postedQuestions(CHANNEL)).isEmpty();
    }
}
