package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostKey;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.slack.daily.SlackDaily;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Daily posts through the real Bolt app and Web API client when Slack answers HTTP 500: the post carries its key in
 * the message metadata, the repair reads the channel's history, and every channel ends with exactly one post. The
 * engine's clock stands on Monday 13 November 2023, before the fake's message timestamps.
 */
class DailyRepairOnSlackTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 13);

    private DailyEngine engine;
    private HttpBot bot;

    @BeforeEach
    void start() throws Exception {
        engine = new DailyEngine(ManualClock.at("2023-11-13T07:00:00Z"));
        bot = HttpBot.on(new FakeSlack(), engine.coach, engine.hooks(), Set.of(), Optional.empty());
    }

    @AfterEach
    void stop() {
        bot.close();
        bot.fake.close();
    }

    private ChannelKey scheduled(String channel) {
        ChannelKey key = SlackDaily.channelKey(FakeSlack.TEAM, channel);
        engine.service.set(key, "08:30 Europe/Berlin mon-fri", "test");
        return key;
    }

    private DailyPost post(ChannelKey key) {
        return engine.daily.posts().find(key, DAY, PostKind.SCHEDULED).orElseThrow();
    }

    private List<FakeSlack.Call> rootPosts(String channel) {
        return bot.fake.calls().stream().filter(c -> c.method().equals("chat.postMessage")
                && channel.equals(c.param("channel")) && c.param("thread_ts") == null).toList();
    }

    private void pollEvery30sUntil(String instant) {
        while (engine.clock.now().isBefore(Instant.parse(instant))) {
            engine.clock.advance(Duration.ofSeconds(30));
            engine.service.runDue(engine.clock.now());
        }
    }

    @Test
    @DisplayName("a 500 with nothing posted: the repair finds no post with the key and sends it once more")
    void givenServerError_thenSentAgainOnce() {
        ChannelKey key = scheduled("C0FIVEHUNDRED");
        bot.fake.failNext("chat.postMessage", 500, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");

        pollEvery30sUntil("2023-11-13T07:30:10Z");
        assertThat(post(key).failure()).get().asString().startsWith(DailyPostStore.UNKNOWN);
        pollEvery30sUntil("2023-11-13T07:40:00Z");

        assertThat(post(key).status()).isEqualTo(PostStatus.POSTED);
        assertThat(bot.fake.calls("conversations.history")).isNotEmpty();
        List<FakeSlack.Call> posts = rootPosts("C0FIVEHUNDRED");
        assertThat(posts).hasSize(2); // the refused one and the one that went out
        assertThat(JsonParser.parseString(posts.get(1).param("metadata")).getAsJsonObject()
                .getAsJsonObject("event_payload").get("post_key").getAsString()).isEqualTo(PostKey.of(key, DAY, PostKind.SCHEDULED));
    }

    @Test
    @DisplayName("a 500 although Slack posted it: the repair finds the post by its key and records it, nothing sent twice")
    void givenPostedButAnswered500_thenFoundAndNotSentAgain() {
        ChannelKey key = scheduled("C0POSTED500");
        bot.fake.postThenFailNext();

        pollEvery30sUntil("2023-11-13T07:40:00Z");

        DailyPost p = post(key);
        assertThat(p.status()).isEqualTo(PostStatus.POSTED);
        List<FakeSlack.Call> posts = rootPosts("C0POSTED500");
        assertThat(posts).as("one message in the channel, never a second").hasSize(1);
        assertThat(engine.daily.posts().findByMessage(key, p.messageRef().orElseThrow())).isPresent();
    }
}
