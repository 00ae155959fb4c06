package dev.loopcoach.discord;

import dev.loopcoach.core.Coach;
import dev.loopcoach.discord.command.CoachCall;
import dev.loopcoach.discord.command.SlashCommand;
import dev.loopcoach.discord.daily.DailyMentionListener;
import dev.loopcoach.discord.daily.DailyThreadHandler;
import dev.loopcoach.discord.interaction.ButtonHandler;
import dev.loopcoach.core.port.ChannelSettingsStore;
import dev.loopcoach.discord.interaction.ComponentStore;
import dev.loopcoach.discord.interaction.InterviewPlace;
import dev.loopcoach.discord.interaction.DiscordIntake;
import dev.loopcoach.discord.interaction.ModalHandler;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.intake.MemoryInbox;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.discord.interaction.RateLimiter;
import dev.loopcoach.discord.peer.PeerHandler;
import dev.loopcoach.discord.peer.PeerRunner;
import dev.loopcoach.discord.interaction.ReplySender;
import dev.loopcoach.discord.interaction.ThreadStarter;
import dev.loopcoach.discord.render.ReplyView;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loop Coach on Discord. Usage from the launcher:
 * <pre>{@code
 * DiscordBot bot = DiscordBot.start(DiscordSettings.fromEnv(), coach);
 * // or start(settings, coach, daily) / start(settings, coach, daily, storage.channelSettings()),
 * // with daily = DiscordDaily.control(dailyService, threadCoach) (see docs/discord.md for the whole wiring)
 * Runtime.getRuntime().addShutdownHook(new Thread(bot::close));
 * }</pre>
 * {@code start} logs in (it throws {@code InvalidTokenException} for a bad token) and returns while the
 * shards connect; commands are registered as soon as a shard is ready.
 *
 * <p>Gateway: no intents beyond {@code GUILDS}, which JDA always sends (guild and channel cache), a light
 * cache and no member cache. Slash commands, buttons and modals need no intent at all. With a daily engine
 * connected ({@link DailyControl#threadCoach()}), the non-privileged {@code GUILD_MESSAGES} is added so that a
 * daily-thread message mentioning the bot can be coached; Discord sends the text of mentions without the
 * privileged Message Content intent, and the bot ignores every other message.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** How long button and form ids stay valid; Discord's own interaction tokens last 15 minutes. */
    static final Duration COMPONENT_TTL = Duration.ofHours(2);

    private final ShardManager shards;
    private final ThreadPoolExecutor workers;
    private final CommandRegistrar registrar;
    private final ReplySender sender;
    private final DiscordIntake intake;

    private DiscordBot(ShardManager shards, ThreadPoolExecutor workers, CommandRegistrar registrar, ReplySender sender,
                       DiscordIntake intake) {
        this.intake = intake;
        this.shards = shards;
        this.workers = workers;
        this.registrar = registrar;
        this.sender = sender;
    }

    /** Starts without a daily-question engine: the daily settings commands say it is not configured. */
    public static DiscordBot start(DiscordSettings settings, Coach coach) {
        return start(settings, coach, DailyControl.notConfigured());
    }

    /** Starts with a daily engine; servers cannot choose private threads (no settings store). */
    public static DiscordBot start(DiscordSettings settings, Coach coach, DailyControl daily) {
        return start(settings, coach, daily, null);
    }

    /**
     * @param channelSettings where server settings live (the interview privacy mode); null when there is none
     */
    public static DiscordBot start(DiscordSettings settings, Coach coach, DailyControl daily, ChannelSettingsStore channelSettings) {
        return start(settings, coach, daily, channelSettings, new MemoryInbox());
    }

    /**
     * @param inbox where modal answers are kept before the interaction is acknowledged (the database's
     *              {@code Storage#inbox()}), so none is lost when the process dies after the ack
     */
    public static DiscordBot start(DiscordSettings settings, Coach coach, DailyControl daily, ChannelSettingsStore channelSettings,
                                   Inbox inbox) {
        return start(settings, coach, daily, channelSettings, inbox, RateLimiter.defaults());
    }

    /** @param limiter how many interactions one person may send per window before "going a bit fast" */
    public static DiscordBot start(DiscordSettings settings, Coach coach, DailyControl daily, ChannelSettingsStore channelSettings,
                                   Inbox inbox, RateLimiter limiter) {
        log.info("starting Discord adapter with {}", settings);
        TokenCheck.check(settings.token(), settings.restBaseUrl().orElse(TokenCheck.DEFAULT_API));
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        ThreadPoolExecutor workers = workers();
        dev.loopcoach.core.metrics.Metrics.gauge(dev.loopcoach.core.metrics.Metrics.Gauge.WORK_QUEUE, "discord",
                () -> workers.getQueue().size() + workers.getActiveCount());
        ComponentStore components = new ComponentStore(COMPONENT_TTL);
        ReplySender sender = new ReplySender(new ReplyView(), components, workers);
        DiscordIntake intake = new DiscordIntake(new Intake(inbox, coach), sender);
        CoachCall call = new CoachCall(coach, sender, new InterviewPlace(Optional.ofNullable(channelSettings)),
                new ThreadStarter(sender, workers), intake);
        PeerRunner peers = new PeerRunner(daily.peers(), workers);
        List<SlashCommand> commands = CommandSet.create(call, components, daily, peers);
        Optional<DailyThreadHandler> dailyThreads = daily.threadCoach().map(tc -> new DailyThreadHandler(tc, workers,
                daily.guesses()));
        InteractionRouter router = new InteractionRouter(commands, new ButtonHandler(call, components, sender),
                new ModalHandler(call, components, sender, intake), dailyThreads, new PeerHandler(peers), limiter);
        CommandRegistrar registrar = new CommandRegistrar(commands, settings.devGuildId());

        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setEventPassthrough(true)
                .setEnableShutdownHook(false)
                .addEventListeners(router, registrar);
        daily.threadCoach().ifPresent(tc -> {
            // Thread messages that mention the bot carry their text without the privileged Message Content intent.
            builder.enableIntents(GatewayIntent.GUILD_MESSAGES);
            builder.addEventListeners(new DailyMentionListener(tc, workers));
        });
        settings.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        if (settings.gatewayUrl().isPresent()) {
            int total = settings.shardsTotal().orElse(1);
            builder.setSessionController(new FixedGateway(settings.gatewayUrl().get(), total))
                    .setCompression(Compression.NONE)
                    .setShardsTotal(total);
        }
        settings.shardsTotal().ifPresent(builder::setShardsTotal);
        settings.shardRange().ifPresent(r -> builder.setShards(r.first(), r.last()));
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            throw e;
        }
        intake.start(shards);
        return new DiscordBot(shards, workers, registrar, sender, intake);
    }

    public ShardManager shards() {
        return shards;
    }

    /** Completes when the slash commands are registered (with Discord's copy of them). */
    public CompletableFuture<List<Command>> commandsRegistered() {
        return registrar.registered();
    }

    /** Whether every shard of this process is connected to the gateway right now (for health checks). */
    public boolean connected() {
        return shards.getShardsQueued() == 0 && !shards.getShards().isEmpty()
                && shards.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED);
    }

    /** Waits until every shard of this process is connected; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (shards.getShardsQueued() == 0 && !shards.getShards().isEmpty()
                    && shards.getShards().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Stops the shards (waiting briefly for them to close their connections) and the workers. */
    /** Sends {@code reply} to {@code user}'s direct messages (a prep-plan reminder); false when Discord refused it. */
    public boolean sendDirect(dev.loopcoach.core.port.UserKey user, dev.loopcoach.core.reply.Reply reply) {
        try {
            return sender.sendDirect(shards, user.userId(), ReplySender.Outcome.of(reply))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // Drain first, then disconnect: the replies of work already accepted (an answer being analysed when SIGTERM
        // arrives) go out over the still-open connection. New interactions meanwhile get the "busy" answer.
        List<JDA> running = List.copyOf(shards.getShards());
        intake.close();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            sender.awaitReplies(Duration.ofSeconds(10)); // the work is done; its follow-ups must still reach Discord
            shards.shutdown();
            for (JDA jda : running) {
                jda.awaitShutdown(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            shards.shutdown();
            Thread.currentThread().interrupt();
        }
    }

    /** Discord refused the bot token at start-up; the message names the variable and the fix, and is safe to print. */
    public static class TokenRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TokenRefused(String message) {
            super(message, null, false, false);
        }
    }

    /** How long a stop waits for accepted work to finish and reply. */
    static final Duration DRAIN = Duration.ofSeconds(20);

    /** Coach calls run here, off the gateway thread; a full queue gets a "busy, retry" message. */
    private static ThreadPoolExecutor workers() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "loop-coach-discord-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * A gateway URL set by configuration (a proxy, or a local fake in tests). JDA then needs neither
     * {@code GET /gateway/bot} nor Discord's recommended shard count.
     */
    static final class FixedGateway extends ConcurrentSessionController {
        private final String url;
        private final int shardsTotal;

        FixedGateway(String url, int shardsTotal) {
            this.url = url;
            this.shardsTotal = shardsTotal;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            return new ShardedGateway(url, shardsTotal, 1);
        }
    }
}
