package dev.loopcoach.discord.support;

import dev.loopcoach.discord.interaction.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.discord.DiscordSettings;
import dev.loopcoach.discord.fake.FakeDiscord;
import dev.loopcoach.discord.fake.Interactions;
import dev.loopcoach.discord.fake.PayloadRules;
import dev.loopcoach.discord.fake.Recorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real bot (real JDA, real coach) connected to a fresh fake Discord, plus helpers to read what it
 * sent. {@link #close()} checks that everything the bot sent respected Discord's limits.
 */
public final class BotHarness implements AutoCloseable {
    public static final Duration WORK = Duration.ofSeconds(10);

    public final FakeDiscord fake;
    public final Interactions make;
    public final DiscordBot bot;
    private final List<Long> callbackDelays = new java.util.concurrent.CopyOnWriteArrayList<>();

    private BotHarness(FakeDiscord fake, DiscordBot bot) {
        this.fake = fake;
        this.make = new Interactions(fake);
        this.bot = bot;
    }

    public static BotHarness start() {
        return start(CoachFixture.coach(), DailyControl.notConfigured());
    }

    public static BotHarness start(Coach coach, DailyControl daily) {
        return start(FakeDiscord.start(), coach, daily, true);
    }

    /** @param devGuild register the commands in the fixture guild (else globally) */
    public static BotHarness start(FakeDiscord fake, Coach coach, DailyControl daily, boolean devGuild) {
        return start(fake, coach, daily, devGuild, null);
    }

    /** @param channelSettings server settings store (interview privacy mode), or null for none */
    public static BotHarness start(FakeDiscord fake, Coach coach, DailyControl daily, boolean devGuild,
            ChannelSettingsStore channelSettings) {
        return start(fake, coach, daily, devGuild, channelSettings, RateLimiter.defaults());
    }

    /** For flows longer than a person's rate limit allows at test speed (a whole loop in seconds). */
    public static BotHarness startUnthrottled(Coach coach) {
        return start(FakeDiscord.start(), coach, DailyControl.notConfigured(), true, null,
                new RateLimiter(10_000, java.time.Duration.ofSeconds(1)));
    }

    /** With the inbox answers are kept in before the defer (e.g. one whose store is down). */
    public static BotHarness startWithInbox(Coach coach, dev.loopcoach.core.port.Inbox inbox) {
        return start(FakeDiscord.start(), coach, DailyControl.notConfigured(), true, null, RateLimiter.defaults(), inbox);
    }

    private static BotHarness start(FakeDiscord fake, Coach coach, DailyControl daily, boolean devGuild,
            ChannelSettingsStore channelSettings, RateLimiter limiter) {
        return start(fake, coach, daily, devGuild, channelSettings, limiter, new dev.loopcoach.core.intake.MemoryInbox());
    }

    private static BotHarness start(FakeDiscord fake, Coach coach, DailyControl daily, boolean devGuild,
            ChannelSettingsStore channelSettings, RateLimiter limiter, dev.loopcoach.core.port.Inbox inbox) {
        DiscordSettings settings = DiscordSettings.ofToken("fake-token")
                .withEndpoints(fake.restBaseUrl(), fake.gatewayUrl());
        if (devGuild) {
            settings = settings.withDevGuild(FakeDiscord.GUILD_ID);
        }
        DiscordBot bot = DiscordBot.start(settings, coach, daily, channelSettings, inbox, limiter);
        try {
            if (!bot.awaitReady(WORK)) {
                throw new IllegalStateException("bot did not connect to the fake gateway");
            }
            bot.commandsRegistered().get(WORK.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            bot.close();
            fake.close();
            throw new IllegalStateException(e);
        }
        return new BotHarness(fake, bot);
    }

    /** Sends the interaction and returns the bot's callback, which must arrive within 3 seconds. */
    public Exchange interact(ObjectNode interaction) {
        FakeDiscord.Dispatched d = fake.dispatchInteraction(interaction);
        Recorded callback = fake.awaitCallback(d);
        callbackDelays.add(fake.callbackDelayMillis(d, callback));
        assertThat(callback.status()).as("callback accepted: %s", callback).isLessThan(300);
        return new Exchange(d, callback);
    }

    /** An interaction and the bot's answer to it. */
    public final class Exchange {
        public final FakeDiscord.Dispatched dispatched;
        public final Recorded callback;

        Exchange(FakeDiscord.Dispatched dispatched, Recorded callback) {
            this.dispatched = dispatched;
            this.callback = callback;
        }

        public int type() {
            return callback.callbackType();
        }

        public boolean ephemeral() {
            return (callback.body().path("data").path("flags").asLong(0) & 64) != 0;
        }

        /** Waits for {@code n} follow-up messages and returns them as stored by the fake (with ids). */
        public List<ObjectNode> followUps(int n) {
            List<Recorded> sent = fake.awaitFollowUps(dispatched, n, WORK);
            List<ObjectNode> out = new ArrayList<>();
            for (Recorded r : sent) {
                assertThat(r.status()).as("follow-up accepted: %s", r).isLessThan(300);
                out.add(fake.messageOf(r));
            }
            return out;
        }

        /** Follow-ups until one carries buttons (the end of a reply), waiting up to the work timeout. */
        public List<ObjectNode> replyWithButtons() {
            long deadline = System.nanoTime() + WORK.toNanos();
            int n = 1;
            while (true) {
                List<ObjectNode> msgs = followUps(n);
                if (msgs.stream().anyMatch(m -> m.path("components").size() > 0)) {
                    return msgs;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no follow-up with buttons: " + msgs);
                }
                n = msgs.size() + 1;
            }
        }

        /** The message of a type 4 callback, as stored. */
        public ObjectNode message() {
            return fake.messageOf(callback);
        }
    }

    /** The custom id of the button with this label in a message. */
    public static String button(JsonNode message, String label) {
        return buttonIfAny(message, label).orElseThrow(() -> new AssertionError("no button '" + label + "' in " + message));
    }

    public static Optional<String> buttonIfAny(JsonNode message, String label) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode b : row.path("components")) {
                if (label.equals(b.path("label").asText())) {
                    return Optional.of(b.path("custom_id").asText());
                }
            }
        }
        return Optional.empty();
    }

    /** Every title, description and field of a message's embeds plus its content, for reading in assertions. */
    public static String text(JsonNode message) {
        StringBuilder sb = new StringBuilder(message.path("content").asText(""));
        for (JsonNode e : message.path("embeds")) {
            sb.append('\n').append(e.path("title").asText("")).append('\n').append(e.path("description").asText(""));
            for (JsonNode f : e.path("fields")) {
                sb.append('\n').append(f.path("name").asText()).append(": ").append(f.path("value").asText());
            }
        }
        return sb.toString();
    }

    public static String text(List<ObjectNode> messages) {
        return messages.stream().map(BotHarness::text).collect(Collectors.joining("\n"));
    }

    /** Every payload the bot sent so far that breaks a Discord rule, or that Discord would have rejected. */
    public List<String> violations() {
        List<String> v = new ArrayList<>();
        for (Recorded r : fake.requests()) {
            PayloadRules.check(r).forEach(x -> v.add(x + " in " + r.method() + " " + r.path()));
            if (r.status() >= 400 && !fake.refusedOnPurpose(r)) {
                v.add("rejected with " + r.status() + ": " + r);
            }
        }
        return v;
    }

    @Override
    public void close() {
        if (!callbackDelays.isEmpty()) {
            java.util.LongSummaryStatistics stats = callbackDelays.stream().mapToLong(Long::longValue).summaryStatistics();
            org.slf4j.LoggerFactory.getLogger(BotHarness.class).info("{} interactions answered; callback delay ms: avg {}, max {}",
                    stats.getCount(), String.format("%.1f", stats.getAverage()), stats.getMax());
        }
        try {
            assertThat(violations()).as("payloads within Discord's limits").isEmpty();
        } finally {
            bot.close();
            fake.close();
        }
    }
}
