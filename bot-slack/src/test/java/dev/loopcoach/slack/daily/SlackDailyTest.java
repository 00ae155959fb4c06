package dev.loopcoach.slack.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackDailyTest {
    private static final Reply QUESTION = Reply.info("Tell me about a time you disagreed and committed.");

    @Test
    @DisplayName("before the bot has started, a post is refused for certain (nothing can have reached Slack)")
    void givenNotConnected_refused() {
        SlackChannelPoster poster = new SlackChannelPoster();

        assertThatThrownBy(() -> poster.post(new ChannelKey("slack", "T0FAKE", "C0X"), QUESTION))
                .isInstanceOf(ChannelPoster.Rejected.class).hasMessageContaining("not running");
    }

    @Test
    @DisplayName("a channel of another platform is refused; a Slack channel is posted by id and answers the ts")
    void givenConnected_postsSlackChannelsOnly() {
        SlackChannelPoster poster = new SlackChannelPoster();
        List<String> channels = new ArrayList<>();
        poster.connect((channelId, question) -> {
            channels.add(channelId);
            return new DailyPublisher.PostedQuestion(channelId, "1700000000.000777");
        });

        assertThatThrownBy(() -> poster.post(new ChannelKey("discord", "1100000000000000001", "1400000000000000009"), QUESTION))
                .isInstanceOf(ChannelPoster.Rejected.class);
        assertThat(poster.post(new ChannelKey("slack", "T0FAKE", "C0DAILY"), QUESTION)).isEqualTo("1700000000.000777");
        assertThat(channels).containsExactly("C0DAILY");
    }

    @Test
    @DisplayName("Slack's refusal becomes the core's Rejected; an unknown outcome stays an ordinary failure")
    void givenPublishFailures_refusalAndUnknownKeptApart() {
        SlackChannelPoster refusing = new SlackChannelPoster();
        refusing.connect((channelId, question) -> {
            throw new DailyPublisher.DailyPublishException("not_in_channel", true, null);
        });
        SlackChannelPoster failing = new SlackChannelPoster();
        failing.connect((channelId, question) -> {
            throw new DailyPublisher.DailyPublishException("network error: timeout", false, null);
        });
        ChannelKey channel = new ChannelKey("slack", "T0FAKE", "C0DAILY");

        assertThatThrownBy(() -> refusing.post(channel, QUESTION)).isInstanceOf(ChannelPoster.Rejected.class)
                .satisfies(e -> assertThat(((ChannelPoster.Rejected) e).reason()).isEqualTo("not_in_channel"));
        assertThatThrownBy(() -> failing.post(channel, QUESTION)).isNotInstanceOf(ChannelPoster.Rejected.class)
                .isInstanceOf(DailyPublisher.DailyPublishException.class);
    }

    @Test
    @DisplayName("a Slack process's due-check over slackChannelsOnly posts Slack channels and leaves Discord's post untouched")
    void givenSlackAndDiscordChannelsDue_slackProcessPostsOnlySlack() {
        // GIVEN one store with a Slack and a Discord channel, both due at 09:00 Berlin
        InMemoryDailyStores stores = new InMemoryDailyStores();
        ManualClock clock = ManualClock.at("2026-03-25T07:00:00Z");
        SlackChannelPoster poster = new SlackChannelPoster();
        List<String> posted = new ArrayList<>();
        poster.connect((channelId, question) -> {
            posted.add(channelId);
            return new DailyPublisher.PostedQuestion(channelId, "1700000000.000" + (100 + posted.size()));
        });
        DailyService slackProcess = new DailyService(SlackDaily.slackChannelsOnly(stores.settings()), stores.posts(), poster,
                new BankLoader().builtInOnly(), clock, new SplittableRandom(5), DailyConfig.defaults());
        ChannelKey slack = SlackDaily.channelKey("T0FAKE", "C0DAILY");
        ChannelKey discord = new ChannelKey("discord", "1100000000000000001", "1400000000000000009");
        slackProcess.set(slack, "09:00 Europe/Berlin mon-fri", "test");
        slackProcess.set(discord, "09:00 Europe/Berlin mon-fri", "test");

        // WHEN the Slack process runs the due-check at 09:00:30 Berlin
        clock.set(Instant.parse("2026-03-25T08:00:30Z"));
        List<DailyResult> results = slackProcess.runDue(clock.now());

        // THEN only the Slack channel was posted, and Discord's slot is still free for the Discord process
        assertThat(results).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(posted).containsExactly("C0DAILY");
        assertThat(stores.posts().find(discord, LocalDate.of(2026, 3, 25), PostKind.SCHEDULED)).isEmpty();
        assertThat(stores.settings().enabled()).hasSize(2);
    }
}
