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
    @DisplayName("a Slack-only process's due-check posts Slack channels and leaves Discord's slot to the Discord process")
    void givenSlackAndDiscordChannelsDue_slackProcessPostsOnlySlack() {
        // GIVEN one store with a Slack and a Discord channel, both due at 09:00 Berlin, and a started Slack bot
        InMemoryDailyStores stores = new InMemoryDailyStores();
        ManualClock clock = ManualClock.at("2026-03-25T07:00:00Z");
        SlackDaily slackDaily = new SlackDaily();
        List<String> posted = new ArrayList<>();
        connect(slackDaily, posted);
        DailyService slackProcess = service(stores, slackDaily, clock);
        ChannelKey slack = SlackDaily.channelKey("T0FAKE", "C0DAILY");
        ChannelKey discord = new ChannelKey("discord", "1100000000000000001", "1400000000000000009");
        slackProcess.set(slack, "09:00 Europe/Berlin mon-fri", "test");
        slackProcess.set(discord, "09:00 Europe/Berlin mon-fri", "test");

        // WHEN the Slack process runs the due-check at 09:00:30 Berlin
        clock.set(Instant.parse("2026-03-25T08:00:30Z"));
        List<DailyResult> results = slackProcess.runDue(clock.now());

        // THEN only the Slack channel was posted, and Discord's slot is still free
        assertThat(results).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(posted).containsExactly("C0DAILY");
        assertThat(stores.posts().find(discord, LocalDate.of(2026, 3, 25), PostKind.SCHEDULED)).isEmpty();
    }

    @Test
    @DisplayName("a due-check that runs before the Slack bot has started leaves the post due; it goes out once the bot runs")
    void givenSchedulerBeforeBot_postWaitsInsteadOfFailing() {
        InMemoryDailyStores stores = new InMemoryDailyStores();
        ManualClock clock = ManualClock.at("2026-03-25T07:00:00Z");
        SlackDaily slackDaily = new SlackDaily();
        DailyService service = service(stores, slackDaily, clock);
        ChannelKey slack = SlackDaily.channelKey("T0FAKE", "C0EARLY");
        service.set(slack, "09:00 Europe/Berlin mon-fri", "test");
        clock.set(Instant.parse("2026-03-25T08:00:30Z"));

        // WHEN the due-check runs before the bot is connected
        List<DailyResult> early = service.runDue(clock.now());

        // THEN nothing is claimed
        assertThat(early).isEmpty();
        assertThat(stores.posts().find(slack, LocalDate.of(2026, 3, 25), PostKind.SCHEDULED)).isEmpty();

        // WHEN the bot has started and the next check runs
        List<String> posted = new ArrayList<>();
        connect(slackDaily, posted);
        List<DailyResult> later = service.runDue(clock.now().plusSeconds(30));

        // THEN the day's question goes out
        assertThat(later).extracting(DailyResult::outcome).containsExactly(DailyResult.Outcome.POSTED);
        assertThat(posted).containsExactly("C0EARLY");
    }

    private static DailyService service(InMemoryDailyStores stores, SlackDaily slackDaily, ManualClock clock) {
        return new DailyService(stores.settings(), stores.posts(), slackDaily.poster(), new BankLoader().builtInOnly(),
                clock, new SplittableRandom(5), DailyConfig.defaults());
    }

    /** Starts "the bot": the hooks are applied with a publisher that records the channels posted to. */
    private static void connect(SlackDaily slackDaily, List<String> posted) {
        slackDaily.hooks(null, null).apply((channelId, question) -> {
            posted.add(channelId);
            return new DailyPublisher.PostedQuestion(channelId, "1700000000.000" + (100 + posted.size()));
        });
    }
}
