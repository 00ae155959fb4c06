package dev.loopcoach.discord.daily;

import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyConfig;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.testing.InMemoryDailyStores;
import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.discord.support.CoachFixture;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The real daily engine of the core over its in-memory stores, wired as the launcher wires it (poster, service
 * and thread coach with the real answer coach, the together features and peer mocks, then {@link DiscordDaily#control}),
 * with a clock the test moves.
 */
public final class DailyRig {
    /** Loaded once: the coach is thread-safe and stateless. */
    private static volatile BarRaiserCoach answerCoach;
    final InMemoryDailyStores dailyStores = new InMemoryDailyStores();
    public final InMemoryStores stores = new InMemoryStores();
    public final ManualClock clock = new ManualClock(Instant.parse("2025-03-03T07:00:00Z"));
    final DiscordPoster poster = new DiscordPoster();
    final DailyService service = new DailyService(dailyStores.settings(), dailyStores.posts(), poster, CoachFixture.bank(), clock,
            new SplittableRandom(11), DailyConfig.defaults());
    final ThreadCoach threadCoach = new ThreadCoach(dailyStores.posts(), dailyStores.dialogs(), stores.prefs(), stores.practice(),
            CoachFixture.bank(), answerCoach(), clock, DailyConfig.defaults(), java.util.Optional.of(
                    new dev.loopcoach.core.daily.VerdictPrivacy(stores.channelSettings(), stores.prefs())));
    final dev.loopcoach.core.together.PracticeBoard board = new dev.loopcoach.core.together.PracticeBoard(
            stores.practiceBoard(), stores.practice(), stores.prefs(), dailyStores.settings(), poster, clock);
    final dev.loopcoach.core.together.GuessGame guesses = new dev.loopcoach.core.together.GuessGame(stores.guesses(),
            stores.channelSettings(), threadCoach, clock);
    final dev.loopcoach.core.together.CoachView coachView = new dev.loopcoach.core.together.CoachView(stores.practiceBoard(),
            stores.practice(), stores.stories(), stores.prefs(), stores.channelSettings(), clock, poster);
    public final dev.loopcoach.core.together.PeerMock peers = new dev.loopcoach.core.together.PeerMock(stores.peerMocks(),
            stores.practice(), CoachFixture.bank(), dev.loopcoach.core.lp.PrincipleGuides.load(), answerCoach(), clock);
    public final DiscordDaily control = DiscordDaily.control(service, threadCoach, board, guesses, coachView, peers);

    private static BarRaiserCoach answerCoach() {
        if (answerCoach == null) {
            answerCoach = BarRaiserCoach.standard();
        }
        return answerCoach;
    }

    /** Posts a question now in {@code channel} on the day of {@code at} and returns the post's message id. */
    String postNow(ChannelKey channel, String at) {
        clock.set(Instant.parse(at));
        DailyResult r = service.now(channel, "test");
        if (!r.posted()) {
            throw new AssertionError("not posted: " + r);
        }
        return r.post().orElseThrow().messageRef().orElseThrow();
    }
}
