package dev.loopcoach.app;

import dev.loopcoach.app.config.AppConfig;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.PlatformPosters;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.DiscordBot;
import dev.loopcoach.discord.daily.DiscordDaily;
import dev.loopcoach.discord.daily.DiscordPoster;
import dev.loopcoach.slack.SlackBot;
import dev.loopcoach.slack.daily.SlackDaily;
import dev.loopcoach.storage.DailyScheduler;
import dev.loopcoach.storage.DailyStores;
import dev.loopcoach.storage.Storage;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Connects the shared daily-question engine to a platform bot: one DailyService and ThreadCoach over the same
 * stores as the Coach, posts routed by platform, and the cluster-safe scheduler on the database.
 */
final class DailyWiring implements AutoCloseable {
    private final PlatformPosters posters = new PlatformPosters();
    private final DailyService service;
    private final ThreadCoach threads;
    private final dev.loopcoach.core.together.PracticeBoard board;
    private final dev.loopcoach.core.together.GuessGame guesses;
    private final dev.loopcoach.core.together.CoachView coachView;
    private final dev.loopcoach.core.together.PeerMock peerMock;
    private final Storage storage;
    private final Clock clock = Clock.system();
    private final Duration poll;
    private final int keepFinishedDays;
    private java.time.Instant lastPrune;
    private DailyScheduler scheduler;

    DailyWiring(AppContext ctx) {
        AppConfig.Daily daily = ctx.config().daily();
        DailyConfig config = DailyConfig.defaults().withGrace(Duration.ofMinutes(daily.graceMinutes()));
        this.storage = ctx.storage();
        this.poll = Duration.ofSeconds(daily.pollSeconds());
        this.keepFinishedDays = ctx.config().storage().keepFinishedSessionsDays();
        DailyStores stores = DailyStores.on(storage, clock);
        this.coachView = new dev.loopcoach.core.together.CoachView(storage.practiceBoard(), storage.practice(), storage.stories(),
                storage.prefs(), storage.channelSettings(), clock, posters);
        // a community's principle of the week steers its channels' daily questions
        this.service = new DailyService(stores.settings(), stores.posts(), posters, ctx.bank(), clock, new SplittableRandom(), config,
                channel -> coachView.focus(new dev.loopcoach.core.together.PracticeBoard.Community(channel.platform(),
                        channel.workspaceId())));
        this.threads = new ThreadCoach(stores.posts(), stores.dialogs(), storage.prefs(), storage.practice(), ctx.bank(),
                ctx.answers(), clock, config, java.util.Optional.of(
                        new dev.loopcoach.core.daily.VerdictPrivacy(storage.channelSettings(), storage.prefs())));
        this.board = new dev.loopcoach.core.together.PracticeBoard(storage.practiceBoard(), storage.practice(), storage.prefs(),
                stores.settings(), posters, clock);
        this.guesses = new dev.loopcoach.core.together.GuessGame(storage.guesses(), storage.channelSettings(), threads, clock);
        this.peerMock = new dev.loopcoach.core.together.PeerMock(storage.peerMocks(), storage.practice(), ctx.bank(),
                dev.loopcoach.core.lp.PrincipleGuides.load(), ctx.answers(), clock, ctx.config().interview().defaultLevel());
    }

    /** Peer mock interviews between members of a Discord server or a Slack workspace. */
    dev.loopcoach.core.together.PeerMock peerMock() {
        return peerMock;
    }

    /** The opt-in practice board; its weekly shout-out runs with the daily due-check. */
    dev.loopcoach.core.together.PracticeBoard board() {
        return board;
    }

    DailyControl discordControl() {
        return DiscordDaily.control(service, threads, board, guesses, coachView, peerMock);
    }

    /** After the Discord bot is up: its poster joins and the scheduler starts (posts need the bot running). */
    void discordStarted(DiscordBot bot) {
        posters.register("discord", DiscordPoster.on(bot.shards()));
        startScheduler();
    }

    SlackBot.Builder slack(SlackBot.Builder builder) {
        SlackDaily slackDaily = new SlackDaily();
        posters.register("slack", slackDaily.poster());
        return builder.hooks(slackDaily.hooks(service, threads, java.util.Optional.of(board), java.util.Optional.of(guesses),
                        java.util.Optional.of(coachView)))
                .peerMocks(peerMock)
                .deliveryLog(storage.deliveryLog())
                .inbox(storage.inbox())
                .health(storage.database()::ping);
    }

    void slackStarted() {
        startScheduler();
    }

    /** The operator's retention of finished sessions, applied at most once an hour by whichever process runs the check. */
    private void prune(java.time.Instant now) {
        if (keepFinishedDays <= 0 || lastPrune != null && now.isBefore(lastPrune.plus(Duration.ofHours(1)))) {
            return;
        }
        lastPrune = now;
        try {
            int gone = storage.pruneFinished(now.minus(Duration.ofDays(keepFinishedDays)));
            if (gone > 0) {
                org.slf4j.LoggerFactory.getLogger(DailyWiring.class).info("pruned {} finished session(s) and settled letter(s) "
                        + "older than {} days", gone, keepFinishedDays);
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DailyWiring.class).warn("pruning finished sessions failed: {}", e.toString());
        }
    }

    private void startScheduler() {
        // one cluster-wide task: the daily posts, then any weekly practice shout-out or coaches' digest that has come due
        scheduler = DailyScheduler.create(storage.dataSource(), now -> {
            java.util.List<dev.loopcoach.core.daily.DailyResult> results = service.runDue(now);
            board.runWeekly(now);
            coachView.runWeekly(now);
            prune(now);
            return results;
        }, service::nextDue, clock, DailyScheduler.Settings.every(poll));
        scheduler.start();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }
}
