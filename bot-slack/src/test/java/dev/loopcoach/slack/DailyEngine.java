package dev.loopcoach.slack;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.slack.daily.DailyPublisher;
import dev.loopcoach.slack.daily.SlackDaily;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The real daily engine of one bot process, wired the way a launcher does it (see docs/slack.md): the core's
 * {@link DailyService} and {@link ThreadCoach} over in-memory stores, connected through {@link SlackDaily}. The
 * coach's preferences and practice log are the same stores the thread coach uses. {@link #sibling()} is a second
 * process over the same data.
 */
final class DailyEngine {
    final InMemoryStores stores;
    final InMemoryDailyStores daily;
    final ManualClock clock;
    final Coach coach;
    final SlackDaily slackDaily = new SlackDaily();
    final DailyService service;
    final ThreadCoach threads;
    final dev.loopcoach.core.together.PracticeBoard board;
    final dev.loopcoach.core.together.GuessGame guesses;
    final dev.loopcoach.core.together.CoachView coachView;

    DailyEngine(ManualClock clock) {
        this(new InMemoryStores(clock), new InMemoryDailyStores(), clock);
    }

    private DailyEngine(InMemoryStores stores, InMemoryDailyStores daily, ManualClock clock) {
        this.stores = stores;
        this.daily = daily;
        this.clock = clock;
        this.coach = TestCoach.create(stores);
        DailyConfig config = DailyConfig.defaults();
        this.service = new DailyService(daily.settings(), daily.posts(), slackDaily.poster(),
                TestCoach.bank(), clock, new SplittableRandom(11), config);
        this.threads = new ThreadCoach(daily.posts(), daily.dialogs(), stores.prefs(), stores.practice(), TestCoach.bank(),
                new TestCoach.EchoAnswerCoach(), clock, config, java.util.Optional.of(
                        new dev.loopcoach.core.daily.VerdictPrivacy(stores.channelSettings(), stores.prefs())));
        this.board = new dev.loopcoach.core.together.PracticeBoard(stores.practiceBoard(), stores.practice(), stores.prefs(),
                daily.settings(), slackDaily.poster(), clock);
        this.guesses = new dev.loopcoach.core.together.GuessGame(stores.guesses(), stores.channelSettings(), threads, clock);
        this.coachView = new dev.loopcoach.core.together.CoachView(stores.practiceBoard(), stores.practice(), stores.stories(),
                stores.prefs(), stores.channelSettings(), clock, slackDaily.poster());
    }

    DailyEngine sibling() {
        return new DailyEngine(stores.sibling(), daily.sibling(), clock);
    }

    Function<DailyPublisher, SlackHooks> hooks() {
        return slackDaily.hooks(service, threads, java.util.Optional.of(board), java.util.Optional.of(guesses),
                java.util.Optional.of(coachView));
    }
}
