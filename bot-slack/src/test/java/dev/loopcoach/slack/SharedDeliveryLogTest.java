package dev.loopcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.testing.InMemoryDeliveryLog;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.slack.daily.SlackDaily;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the Slack app behind one load balancer: each its own Bolt app, HTTP server, in-memory dedupe and
 * engine objects, sharing the stores and one durable {@link InMemoryDeliveryLog} (the database's delivery_log in
 * production). Slack redelivers an event to whichever instance; it must be answered once between them.
 */
class SharedDeliveryLogTest {
    private static final String ANSWER = "I owned the migration when our vendor failed, planned the cutover myself "
            + "and we cut the monthly cost by 30 percent within a quarter.";
    private static FakeSlack fake;
    private static InMemoryDeliveryLog deliveries;
    private static dev.loopcoach.core.port.Inbox inbox;
    private static DailyEngine engineA;
    private static HttpBot a;
    private static HttpBot b;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeSlack();
        deliveries = new InMemoryDeliveryLog();
        inbox = new dev.loopcoach.core.intake.MemoryInbox();
        engineA = new DailyEngine(ManualClock.at("2026-03-25T07:00:00Z"));
        DailyEngine engineB = engineA.sibling();
        a = HttpBot.on(fake, engineA.coach, engineA.hooks(), Set.of("U0ADMIN"), Optional.of(deliveries), inbox);
        b = HttpBot.on(fake, engineB.coach, engineB.hooks(), Set.of("U0ADMIN"), Optional.of(deliveries), inbox);
    }

    @AfterAll
    static void stop() {
        try {
            a.close();
            b.close();
        } finally {
            fake.close();
        }
    }

    @Test
    @DisplayName("a direct message delivered to instance A and redelivered to B (X-Slack-Retry-Num) is answered once")
    void givenDmRedeliveredToOtherInstance_answeredOnce() throws Exception {
        String user = "U0TWOINST";
        JsonObject dm = SlackRequests.messageEvent(user, "D0TWOINST", "im", "help", "1700000900.000100", null);

        // WHEN Slack delivers the event to A, then retries it on B and on A again
        assertThat(a.requests.event("Ev0SHARED1", dm, null).statusCode()).isEqualTo(200);
        assertThat(b.requests.event("Ev0SHARED1", dm, 1).statusCode()).isEqualTo(200);
        assertThat(a.requests.event("Ev0SHARED1", dm, 2).statusCode()).isEqualTo(200);
        // AND then new messages from the same user reach each instance (markers: an instance handles one user's
        // deliveries in order, so once both markers are answered every retry has been handled)
        sendMarkers(user, "D0TWOINST");

        // THEN the direct message got three answers in all: one for the first delivery, one per marker
        fake.await(dmTo("D0TWOINST"), 3, Duration.ofSeconds(5));
        assertThat(fake.calls()).filteredOn(dmTo("D0TWOINST")).hasSize(3);
        // a direct message is kept in the shared inbox before the ack, which is what recognises the retries
        assertThat(inbox.keep(new dev.loopcoach.core.port.Inbox.Letter("slack", "Ev0SHARED1",
                new dev.loopcoach.core.port.UserKey("slack", "T0FAKE:" + user), dev.loopcoach.core.port.Inbox.Kind.MESSAGE,
                "help", user, Instant.now()))).as("kept in the shared inbox").isFalse();
    }

    @Test
    @DisplayName("/coach daily now on one instance, a thread answer retried across both instances: coached once in the thread")
    void givenThreadAnswerRedeliveredAcrossInstances_coachedOnce() throws Exception {
        String channel = "C0TWOINST";
        a.requests.slashCommand("/coach", "daily now", "U0ADMIN", channel, "two-now");
        fake.await(c -> c.path().endsWith("/two-now"), 1, Duration.ofSeconds(5));
        assertThat(fake.calls()).filteredOn(postIn(channel, null)).hasSize(1);
        DailyPost post = engineA.daily.posts().postedQuestions(SlackDaily.channelKey(FakeSlack.TEAM, channel)).stream()
                .filter(p -> p.status() == PostStatus.POSTED).findFirst().orElseThrow();
        String threadTs = post.messageRef().orElseThrow();

        // WHEN the answer event goes to B, then its retries to A and B
        JsonObject answer = SlackRequests.messageEvent("U0ANSWERER", channel, "channel", ANSWER, "1700000950.000100", threadTs);
        b.requests.event("Ev0SHARED3", answer, null);
        a.requests.event("Ev0SHARED3", answer, 1);
        b.requests.event("Ev0SHARED3", answer, 2);

        sendMarkers("U0ANSWERER", "D0ANSWERER");

        // THEN, once both instances have handled everything, there is one coaching reply in the thread
        fake.await(dmTo("D0ANSWERER"), 2, Duration.ofSeconds(5));
        List<FakeSlack.Call> coaching = fake.calls().stream().filter(postIn(channel, threadTs)).toList();
        assertThat(coaching).hasSize(1);
        assertThat(coaching.get(0).visibleText()).contains("Feedback on your answer");
    }

    /** A fresh "help" direct message from {@code user} to each instance; each gets answered in {@code dm}. */
    private static void sendMarkers(String user, String dm) throws Exception {
        a.requests.event("Ev0MARK" + user + "A", SlackRequests.messageEvent(user, dm, "im", "help", "1700000990.000100", null), null);
        b.requests.event("Ev0MARK" + user + "B", SlackRequests.messageEvent(user, dm, "im", "help", "1700000990.000200", null), null);
    }

    private static Predicate<FakeSlack.Call> dmTo(String dm) {
        return c -> c.method().equals("chat.postMessage") && dm.equals(c.param("channel"));
    }

    private static Predicate<FakeSlack.Call> postIn(String channel, String threadTs) {
        return c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel"))
                && (threadTs == null ? c.param("thread_ts") == null : threadTs.equals(c.param("thread_ts")));
    }
}
