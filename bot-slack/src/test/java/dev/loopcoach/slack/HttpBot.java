package dev.loopcoach.slack;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.slack.daily.DailyPublisher;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The real bot in HTTP mode on 127.0.0.1 (free port), talking to a {@link FakeSlack}. */
final class HttpBot implements AutoCloseable {
    static final String SECRET = "test-signing-secret-0123456789abcdef";
    static final String BOT_TOKEN = "xoxb-test-0000-token";

    final FakeSlack fake;
    final Coach coach;
    final SlackBot bot;
    final SlackRequests requests;
    private final boolean ownsFake;

    HttpBot(Function<DailyPublisher, SlackHooks> hooks) throws Exception {
        this(hooks, Set.of());
    }

    HttpBot(Function<DailyPublisher, SlackHooks> hooks, Set<String> admins) throws Exception {
        this(new FakeSlack(), true, TestCoach.create(), hooks, admins, Optional.empty(), Optional.empty(), b -> b);
    }

    /** A bot on its own fake Slack, its builder adjusted by {@code more} (e.g. to add peer mocks). */
    static HttpBot with(Coach coach, UnaryOperator<SlackBot.Builder> more) throws Exception {
        return new HttpBot(new FakeSlack(), true, coach, p -> SlackHooks.none(), Set.of(), Optional.empty(), Optional.empty(),
                more);
    }

    /** A bot on a fake Slack that others may share (closed by whoever made it), e.g. a second instance. */
    static HttpBot on(FakeSlack fake, Coach coach, Function<DailyPublisher, SlackHooks> hooks, Set<String> admins,
                      Optional<DeliveryLog> deliveries) throws Exception {
        return new HttpBot(fake, false, coach, hooks, admins, deliveries, Optional.empty(), b -> b);
    }

    /** As above, with the inbox the instances share (as they share one database in production). */
    static HttpBot on(FakeSlack fake, Coach coach, Function<DailyPublisher, SlackHooks> hooks, Set<String> admins,
                      Optional<DeliveryLog> deliveries, Inbox inbox) throws Exception {
        return new HttpBot(fake, false, coach, hooks, admins, deliveries, Optional.of(inbox), b -> b);
    }

    private HttpBot(FakeSlack fake, boolean ownsFake, Coach coach, Function<DailyPublisher, SlackHooks> hooks,
                    Set<String> admins, Optional<DeliveryLog> deliveries, Optional<Inbox> inbox,
                    UnaryOperator<SlackBot.Builder> more) throws Exception {
        this.fake = fake;
        this.ownsFake = ownsFake;
        this.coach = coach;
        SlackSettings settings = new SlackSettings(SlackSettings.Mode.HTTP, BOT_TOKEN, Optional.empty(), Optional.of(SECRET),
                "127.0.0.1", 0, Optional.of(fake.apiUrl()), admins);
        try {
            SlackBot.Builder builder = more.apply(SlackBot.builder(settings, coach).hooks(hooks));
            deliveries.ifPresent(builder::deliveryLog);
            inbox.ifPresent(builder::inbox);
            this.bot = builder.start();
        } catch (Exception e) {
            if (ownsFake) {
                fake.close();
            }
            throw e;
        }
        this.requests = new SlackRequests(SECRET, endpoint(), fake);
    }

    static HttpBot withoutDaily() throws Exception {
        return new HttpBot(p -> SlackHooks.none());
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + SlackSettings.EVENTS_PATH);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + path);
    }

    static Map<String, String> none() {
        return Map.of();
    }

    @Override
    public void close() {
        bot.close();
        if (ownsFake) {
            fake.close();
        }
    }
}
