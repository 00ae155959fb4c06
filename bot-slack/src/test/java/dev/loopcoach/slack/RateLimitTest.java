package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.view.View;
import dev.loopcoach.slack.render.SlackMessage;
import dev.loopcoach.slack.web.RateLimitPolicy;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HTTP 429 from the Web API: we wait what Retry-After says, then try again, a bounded number of times. */
class RateLimitTest {
    private FakeSlack fake;
    private Slack slack;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private SlackWebApi web;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        RateLimitPolicy policy = new RateLimitPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), d -> {
            waits.add(d);
            Thread.sleep(d.toMillis());
        });
        web = new SlackWebApi(slack, "xoxb-rate-test", policy);
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        fake.close();
    }

    @Test
    @DisplayName("chat.postMessage rate-limited once with Retry-After: 1 is sent again after one second")
    void given429WithRetryAfter_waitsThenRetries() throws Exception {
        fake.failNext("chat.postMessage", 429, Map.of("Retry-After", "1"), "");

        SlackWebApi.Posted posted = web.postMessage("C0RATE", Optional.empty(), SlackMessage.text("hello"));

        assertThat(posted.ts()).isNotBlank();
        List<FakeSlack.Call> calls = fake.calls("chat.postMessage");
        assertThat(calls).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(Duration.ofNanos(calls.get(1).atNanos() - calls.get(0).atNanos())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("a 429 without Retry-After waits the default; a huge Retry-After is capped")
    void given429WithoutOrHugeRetryAfter_defaultAndCap() throws Exception {
        fake.failNext("users.info", 429, Map.of(), "");

        web.userInfo("U0X");

        assertThat(waits).containsExactly(Duration.ofMillis(200));
        assertThat(new RateLimitPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> { }).waitFor("3600"))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("after the last attempt the caller gets a 'ratelimited' error instead of an endless wait")
    void givenPersistent429_givesUp() {
        for (int i = 0; i < 3; i++) {
            fake.failNext("chat.postMessage", 429, Map.of("Retry-After", "0"), "");
        }

        assertThatThrownBy(() -> web.postMessage("C0RATE", Optional.empty(), SlackMessage.text("hi")))
                .isInstanceOf(SlackCallException.class)
                .satisfies(e -> assertThat(((SlackCallException) e).error()).isEqualTo("ratelimited"));
        assertThat(fake.calls("chat.postMessage")).hasSize(3);
    }

    @Test
    @DisplayName("views.open is not retried: a trigger_id would expire while waiting")
    void givenViewsOpen429_noRetry() {
        fake.failNext("views.open", 429, Map.of("Retry-After", "1"), "");

        assertThatThrownBy(() -> web.openView("1.2.3", View.builder().type("modal").build()))
                .isInstanceOf(SlackCallException.class);
        assertThat(fake.calls("views.open")).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    @DisplayName("a response_url answering 429 is retried after its Retry-After")
    void givenResponseUrl429_retried() throws Exception {
        fake.failNext("response", 429, Map.of("Retry-After", "1"), "rate limited");

        web.respond(fake.responseUrl("rl-1"), SlackMessage.text("later"), false);

        assertThat(fake.calls("response")).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("ok:false is reported with Slack's error code and not retried")
    void givenOkFalse_errorCode() {
        fake.failNext("chat.postMessage", 200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");

        assertThatThrownBy(() -> web.postMessage("C0OUT", Optional.empty(), SlackMessage.text("hi")))
                .isInstanceOf(SlackCallException.class)
                .satisfies(e -> assertThat(((SlackCallException) e).error()).isEqualTo("not_in_channel"));
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
    }
}
