package dev.loopcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.intake.MemoryInbox;
import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.slack.command.AdminCheck;
import dev.loopcoach.slack.command.CoachSlashCommand;
import dev.loopcoach.slack.command.CoreSubcommand;
import dev.loopcoach.slack.command.DailySubcommand;
import dev.loopcoach.slack.command.MockInterviewCommand;
import dev.loopcoach.slack.command.PeerSubcommand;
import dev.loopcoach.slack.command.Subcommand;
import dev.loopcoach.slack.command.ThreadCoachingSubcommand;
import dev.loopcoach.slack.daily.DailyPublisher;
import dev.loopcoach.slack.daily.SlackDailyPublisher;
import dev.loopcoach.slack.event.AppHomeOpenedListener;
import dev.loopcoach.slack.event.CaffeineEventDedupe;
import dev.loopcoach.slack.event.DeliveryLogDedupe;
import dev.loopcoach.slack.event.EventDedupe;
import dev.loopcoach.slack.event.HomeTabPublisher;
import dev.loopcoach.slack.event.LayeredEventDedupe;
import dev.loopcoach.slack.event.MessageEventListener;
import dev.loopcoach.slack.http.BoltHttpServer;
import dev.loopcoach.slack.interaction.ActionIds;
import dev.loopcoach.slack.interaction.AnswerButtonHandler;
import dev.loopcoach.slack.interaction.AnswerModalSubmission;
import dev.loopcoach.slack.interaction.DeleteDataHandler;
import dev.loopcoach.slack.interaction.InteractionKeys;
import dev.loopcoach.slack.interaction.PeerAnswerSubmission;
import dev.loopcoach.slack.interaction.PeerButtons;
import dev.loopcoach.slack.interaction.PeerFormButtonHandler;
import dev.loopcoach.slack.interaction.PeerKitHandler;
import dev.loopcoach.slack.interaction.PeerSender;
import dev.loopcoach.slack.interaction.PeerStepHandler;
import dev.loopcoach.slack.interaction.PeerStepRunner;
import dev.loopcoach.slack.interaction.PeerUnavailableHandler;
import dev.loopcoach.slack.interaction.PeerVoteSubmission;
import dev.loopcoach.slack.interaction.SessionActionHandler;
import dev.loopcoach.slack.interaction.ThreadCoachingButtonHandler;
import dev.loopcoach.slack.interaction.ThreadCoachingSwitch;
import dev.loopcoach.slack.interaction.UsedButtons;
import dev.loopcoach.slack.render.HomeView;
import dev.loopcoach.slack.render.MessageRenderer;
import dev.loopcoach.slack.web.RateLimitPolicy;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.SlackWebApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot: one Bolt {@link App} with every listener registered explicitly below, served either over
 * Socket Mode or over HTTP on {@code /slack/events}. Build it with {@link #builder}, then {@link Builder#start()}.
 */
public final class SlackBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

    private final Slack slack;
    private final UserWork work;
    private final SlackIntake intake;
    private final DailyPublisher publisher;
    private final CoachRunner runner;
    private BoltHttpServer http;
    private SocketModeApp socket;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SlackBot(Slack slack, UserWork work, SlackIntake intake, DailyPublisher publisher, CoachRunner runner) {
        this.runner = runner;
        this.slack = slack;
        this.work = work;
        this.intake = intake;
        this.publisher = publisher;
    }

    public static Builder builder(SlackSettings settings, Coach coach) {
        return new Builder(settings, coach);
    }

    /** The port HTTP mode listens on (useful with port 0); empty in socket mode. */
    public Optional<Integer> httpPort() {
        return http == null ? Optional.empty() : Optional.of(http.port());
    }

    /** Posts daily questions into channels; hand it to the daily engine. */
    public DailyPublisher dailyPublisher() {
        return publisher;
    }

    /**
     * For the launcher: keeps the calling thread (and so the process) alive until the JVM shuts down
     * (Ctrl-C, SIGTERM), then closes the bot cleanly.
     */
    public void blockUntilShutdown() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Shutting down the Slack bot");
            close();
            done.countDown();
        }, "slack-shutdown"));
        done.await();
    }

    /**
     * Sends {@code reply} to {@code user}'s direct messages with the bot (a prep-plan reminder); false when Slack refused
     * it. The user is a {@link SlackUsers#key} of this workspace.
     */
    public boolean sendDirect(dev.loopcoach.core.port.UserKey user, dev.loopcoach.core.reply.Reply reply) {
        String id = user.userId().substring(user.userId().indexOf(':') + 1);
        return runner.deliver(dev.loopcoach.slack.web.ReplyTarget.directMessage(id, java.util.Optional.empty()), reply);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (Exception e) {
            LOG.warn("Closing the Socket Mode connection failed: {}", e.toString());
        }
        if (http != null) {
            http.close();
        }
        intake.close();
        work.close();
        try {
            slack.close();
        } catch (Exception e) {
            LOG.debug("Closing the Slack client failed: {}", e.toString());
        }
    }

    public static final class Builder {
        private final SlackSettings settings;
        private final Coach coach;
        private Function<DailyPublisher, SlackHooks> hooks = p -> SlackHooks.none();
        private Optional<EventDedupe> durableDedupe = Optional.empty();
        private RateLimitPolicy rateLimits = RateLimitPolicy.defaults();
        private UserPrefsStore prefs;
        private Inbox inbox = new MemoryInbox();
        private java.util.function.BooleanSupplier storageUp = () -> true;
        private int workers = 4;
        private Optional<PeerMock> peers = Optional.empty();

        private Builder(SlackSettings settings, Coach coach) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.coach = Objects.requireNonNull(coach, "coach");
            this.prefs = coach.deps().prefs();
        }

        /** The daily engine's side, given the publisher it posts through. */
        public Builder hooks(Function<DailyPublisher, SlackHooks> hooks) {
            this.hooks = hooks;
            return this;
        }

        /**
         * The deliveries already handled, shared by all instances (the database's {@code Storage#deliveryLog()}):
         * a retried event reaching another instance is still answered once. The in-memory check always comes first.
         */
        public Builder deliveryLog(DeliveryLog log) {
            this.durableDedupe = Optional.of(new DeliveryLogDedupe(log, Clock.system()));
            return this;
        }

        /**
         * Where answers are kept before Slack is acknowledged (the database's {@code Storage#inbox()}), so none is lost
         * when the process dies after the ack; without it they are kept in memory only.
         */
        public Builder inbox(Inbox inbox) {
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            return this;
        }

        /** What GET /healthz (HTTP mode) checks besides the server answering: the store. */
        public Builder health(java.util.function.BooleanSupplier storageUp) {
            this.storageUp = Objects.requireNonNull(storageUp, "storageUp");
            return this;
        }

        /**
         * Peer mock interviews ({@code /mockinterview peer}, their buttons and forms). Without them the command answers
         * that they are not available. Needs the {@code mpim:write} scope for the pair's group conversation.
         */
        public Builder peerMocks(PeerMock peers) {
            this.peers = Optional.of(Objects.requireNonNull(peers, "peers"));
            return this;
        }

        public Builder rateLimits(RateLimitPolicy policy) {
            this.rateLimits = policy;
            return this;
        }

        public Builder workers(int threads) {
            this.workers = threads;
            return this;
        }

        /** Builds the app, checks the bot token (auth.test) and starts listening. */
        public SlackBot start() throws Exception {
            SlackConfig config = new SlackConfig();
            settings.apiUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
            config.setStatsEnabled(false);
            Slack slack = Slack.getInstance(config);
            AppConfig appConfig = AppConfig.builder()
                    .slack(slack)
                    .singleTeamBotToken(settings.botToken())
                    .signingSecret(settings.signingSecret().orElse(null))
                    .verificationToken(null)
                    // Handlers run before the ack either way; a direct message the inbox cannot keep throws
                    // NotAcknowledged, which the HTTP front answers with 503 (Socket Mode: no ack) so Slack sends it again.
                    .allEventsApiAutoAckEnabled(true)
                    .subtypedMessageEventsAutoAckEnabled(true)
                    .build();
            App app = new App(appConfig);

            SlackWebApi web = new SlackWebApi(slack, settings.botToken(), rateLimits);
            checkToken(web);
            MessageRenderer renderer = new MessageRenderer();
            InteractionKeys keys = InteractionKeys.defaults();
            ReplySender sender = new ReplySender(web, renderer, keys);
            UserWork work = new UserWork(workers);
            dev.loopcoach.core.metrics.Metrics.gauge(dev.loopcoach.core.metrics.Metrics.Gauge.WORK_QUEUE, "slack", work::pending);
            CoachRunner runner = new CoachRunner(coach, sender, work, new ProfileZone(web, coach.deps().prefs())::adopt);
            SlackIntake intake = new SlackIntake(new Intake(inbox, coach), runner);
            DailyPublisher publisher = new SlackDailyPublisher(web, renderer);
            SlackHooks h = hooks.apply(publisher);
            EventDedupe dedupe = new LayeredEventDedupe(CaffeineEventDedupe.defaults(), durableDedupe);
            AdminCheck admins = new AdminCheck(web, settings.admins(), Duration.ofMinutes(5));
            ThreadCoachingSwitch coaching = new ThreadCoachingSwitch(prefs);
            HomeTabPublisher home = new HomeTabPublisher(runner, new HomeView(renderer), coaching, web);

            register(app, TextCommandParser.forBank(coach.deps().bank()), runner, intake, sender, web, keys, h, dedupe, admins,
                    coaching, home, peers);

            SlackBot bot = new SlackBot(slack, work, intake, publisher, runner);
            try {
                if (settings.mode() == SlackSettings.Mode.HTTP) {
                    bot.http = new BoltHttpServer(app, settings.signingSecret().orElseThrow(), settings.bindHost(),
                            settings.port(), SlackSettings.EVENTS_PATH).health(storageUp).start();
                } else {
                    bot.socket = new SocketModeApp(settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, app);
                    bot.socket.startAsync();
                    LOG.info("Slack Socket Mode connected");
                }
                intake.start();
            } catch (Exception | Error e) {
                bot.close();
                throw e;
            }
            return bot;
        }

        /**
         * The peer mock buttons and forms (or, without peer mocks, a polite answer to any stale button); returns what
         * answers {@code /mockinterview peer}.
         */
        private static Subcommand registerPeers(App app, Optional<PeerMock> peers,
                                                CoachRunner runner, ReplySender sender, SlackWebApi web) {
            if (peers.isEmpty()) {
                PeerUnavailableHandler off = new PeerUnavailableHandler(runner);
                for (PeerMock.Step step : PeerMock.Step.values()) {
                    app.blockAction(PeerButtons.actionId(step), off);
                }
                return PeerSubcommand.unavailable();
            }
            PeerMock p = peers.get();
            PeerSender peerSender = new PeerSender(p, sender, web);
            PeerStepRunner steps = new PeerStepRunner(runner);
            app.blockAction(PeerButtons.actionId(PeerMock.Step.ACCEPT), new PeerStepHandler("peer accept",
                    (id, user) -> p.respond(id, user, true), steps, peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.DECLINE), new PeerStepHandler("peer decline",
                    (id, user) -> p.respond(id, user, false), steps, peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.SWAP), new PeerStepHandler("peer swap", p::swap, steps,
                    peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.NO_SHOW), new PeerStepHandler("peer no-show", p::noShow, steps,
                    peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.FINISH), new PeerStepHandler("peer finish", p::finish, steps,
                    peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.KIT), new PeerKitHandler(p, peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.VOTE), new PeerFormButtonHandler(PeerMock.Step.VOTE, p, web,
                    peerSender, runner));
            app.blockAction(PeerButtons.actionId(PeerMock.Step.ANSWER), new PeerFormButtonHandler(PeerMock.Step.ANSWER, p, web,
                    peerSender, runner));
            app.viewSubmission(ActionIds.PEER_VOTE_MODAL, new PeerVoteSubmission(p, steps, peerSender, runner));
            app.viewSubmission(ActionIds.PEER_ANSWER_MODAL, new PeerAnswerSubmission(p, steps, peerSender, runner));
            return new PeerSubcommand(p, new SlackDisplayNames(web), steps, peerSender);
        }

        /** auth.test before anything starts: a refused token is one line naming the variable, not a stack trace. */
        private static void checkToken(SlackWebApi web) {
            try {
                web.call("auth.test", m -> m.authTest(r -> r), false);
            } catch (dev.loopcoach.slack.web.SlackCallException e) {
                if (e.refused()) {
                    throw new TokenRefused("Slack refused SLACK_BOT_TOKEN (" + e.error() + "). Use the app's Bot User OAuth "
                            + "Token (it starts with xoxb-) from api.slack.com/apps > your app > OAuth & Permissions, and "
                            + "reinstall the app to the workspace if it was revoked.");
                }
                throw new TokenRefused("Could not reach Slack to check SLACK_BOT_TOKEN (" + e.error() + "). Check the "
                        + "network, or COACH_SLACK_API_URL if you set it.");
            }
        }

        private static void register(App app, TextCommandParser parser, CoachRunner runner, SlackIntake intake,
                                     ReplySender sender, SlackWebApi web,
                                     InteractionKeys keys, SlackHooks hooks, EventDedupe dedupe, AdminCheck admins,
                                     ThreadCoachingSwitch coaching, HomeTabPublisher home,
                                     Optional<PeerMock> peers) {
            Subcommand peer = registerPeers(app, peers, runner, sender, web);
            app.command(MockInterviewCommand.NAME, new MockInterviewCommand(parser, runner, intake, peer));
            UsedButtons used = UsedButtons.defaults();
            Map<String, Subcommand> slackOnly = new LinkedHashMap<>();
            slackOnly.put("daily", new DailySubcommand(hooks.daily(), admins, runner));
            slackOnly.put("mute", new ThreadCoachingSubcommand(true, coaching, runner));
            slackOnly.put("unmute", new ThreadCoachingSubcommand(false, coaching, runner));
            slackOnly.put("snooze", new dev.loopcoach.slack.command.SnoozeSubcommand(coaching, runner));
            slackOnly.put("leaderboard", new dev.loopcoach.slack.command.LeaderboardSubcommand(hooks.board(), web, runner));
            slackOnly.put("shoutout", new dev.loopcoach.slack.command.ShoutOutSubcommand(hooks.board(), admins));
            slackOnly.put("guessing", new dev.loopcoach.slack.command.GuessingSubcommand(hooks.guesses(), admins));
            slackOnly.put("share", new dev.loopcoach.slack.command.ShareSubcommand(hooks.coachView(), web));
            slackOnly.put("coachview", new dev.loopcoach.slack.command.CoachViewSubcommand(hooks.coachView(), admins, runner));
            app.command(CoachSlashCommand.NAME, new CoachSlashCommand(slackOnly,
                    new CoreSubcommand(CoachSlashCommand.NAME, parser, runner, intake)));

            app.blockAction(ActionIds.ANSWER, new AnswerButtonHandler(web, keys, runner));
            app.blockAction(ActionIds.HAND_IN, new SessionActionHandler(new CoachCommand.FinishDraft(), runner, intake, used));
            app.blockAction(ActionIds.HINT, new SessionActionHandler(new CoachCommand.Hint(), runner, intake, used));
            app.blockAction(ActionIds.SKIP, new SessionActionHandler(new CoachCommand.Skip(), runner, intake, used));
            app.blockAction(ActionIds.REPEAT, new SessionActionHandler(new CoachCommand.Repeat(), runner, intake, used));
            app.blockAction(ActionIds.END, new SessionActionHandler(new CoachCommand.End(), runner, intake, used));
            app.blockAction(ActionIds.RESUME, new SessionActionHandler(new CoachCommand.Resume(), runner, intake, used));
            app.blockAction(ActionIds.NEW_INTERVIEW, new SessionActionHandler(CoachCommand.StartInterview.defaults(), runner, intake, used));
            app.blockAction(ActionIds.CONFIRM_DELETE, new DeleteDataHandler(true, runner, intake, sender));
            app.blockAction(ActionIds.KEEP_DATA, new DeleteDataHandler(false, runner, intake, sender));
            app.blockAction(ActionIds.MUTE_THREADS, new ThreadCoachingButtonHandler(true, coaching, runner, home));
            app.blockAction(ActionIds.UNMUTE_THREADS, new ThreadCoachingButtonHandler(false, coaching, runner, home));
            app.viewSubmission(ActionIds.ANSWER_MODAL, new AnswerModalSubmission(keys, intake));
            for (dev.loopcoach.core.coaching.Vote v : dev.loopcoach.core.coaching.Vote.values()) {
                app.blockAction(dev.loopcoach.slack.interaction.GuessButtons.actionId(v),
                        new dev.loopcoach.slack.interaction.GuessVoteHandler(v, hooks.guesses(), runner));
            }
            app.blockAction(dev.loopcoach.slack.interaction.GuessButtons.REVEAL,
                    new dev.loopcoach.slack.interaction.GuessRevealHandler(hooks.guesses(), runner, sender, web));

            MessageEventListener messages = new MessageEventListener(runner, intake, sender, dedupe, hooks.threads(),
                    new SlackDisplayNames(web)::of);
            app.event(MessageEvent.class, messages);
            app.event(MessageThreadBroadcastEvent.class, messages.broadcasts());
            app.event(AppHomeOpenedEvent.class, new AppHomeOpenedListener(home, runner, dedupe));
        }
    }
}
