package dev.loopcoach.discord.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyResult;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.daily.ScheduleChange;
import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.DailyControl;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Discord settings commands on the core's {@link DailyService}: one daily channel per server, keyed
 * {@code ChannelKey("discord", guildId, channelId)}. Setting a channel turns off any other daily channel of the
 * server, so "off" and "now" (which name only the server) always mean that channel. Everything else (parsing
 * is done by the core's parsers in the command, schedules, rotation, exactly-once posting) is the core's.
 * <pre>{@code
 * DiscordPoster poster = new DiscordPoster();
 * DailyService daily = new DailyService(..., poster, ...);
 * DiscordBot bot = DiscordBot.start(settings, coach, DiscordDaily.control(daily, threadCoach), channelSettings);
 * poster.attach(bot.shards());
 * }</pre>
 */
public final class DiscordDaily implements DailyControl {
    public static final String PLATFORM = "discord";
    static final String NOT_SET_UP = "Daily questions aren't set up in this server yet. Choose the channel, time and days "
            + "with /coach-server daily-set, then try again.";
    static final String NOT_ON = "Daily questions were not on in this server, so nothing changed.";
    static final String MOVED = "Daily questions stopped in the channel that had them before: one channel per server.";

    private final DailyService service;
    private final ThreadCoach coach;

    private final Optional<dev.loopcoach.core.together.PracticeBoard> board;
    private final Optional<dev.loopcoach.core.together.GuessGame> guesses;
    private Optional<dev.loopcoach.core.together.CoachView> coachView = Optional.empty();
    private Optional<dev.loopcoach.core.together.PeerMock> peers = Optional.empty();

    private DiscordDaily(DailyService service, ThreadCoach coach, Optional<dev.loopcoach.core.together.PracticeBoard> board,
                         Optional<dev.loopcoach.core.together.GuessGame> guesses) {
        this.service = Objects.requireNonNull(service, "service");
        this.coach = Objects.requireNonNull(coach, "coach");
        this.board = Objects.requireNonNull(board, "board");
        this.guesses = Objects.requireNonNull(guesses, "guesses");
    }

    /** As below, with "Guess the Bar Raiser". */
    public static DiscordDaily control(DailyService service, ThreadCoach coach, dev.loopcoach.core.together.PracticeBoard board,
                                       dev.loopcoach.core.together.GuessGame guesses) {
        return new DiscordDaily(service, coach, Optional.of(board), Optional.of(guesses));
    }

    /** As below, with the coach's view. */
    public static DiscordDaily control(DailyService service, ThreadCoach coach, dev.loopcoach.core.together.PracticeBoard board,
                                       dev.loopcoach.core.together.GuessGame guesses,
                                       dev.loopcoach.core.together.CoachView coachView) {
        DiscordDaily d = new DiscordDaily(service, coach, Optional.of(board), Optional.of(guesses));
        d.coachView = Optional.of(coachView);
        return d;
    }

    /** As above, with peer mock interviews. */
    public static DiscordDaily control(DailyService service, ThreadCoach coach, dev.loopcoach.core.together.PracticeBoard board,
                                       dev.loopcoach.core.together.GuessGame guesses,
                                       dev.loopcoach.core.together.CoachView coachView,
                                       dev.loopcoach.core.together.PeerMock peers) {
        DiscordDaily d = control(service, coach, board, guesses, coachView);
        d.peers = Optional.of(peers);
        return d;
    }

    @Override
    public Optional<dev.loopcoach.core.together.PeerMock> peers() {
        return peers;
    }

    @Override
    public Optional<dev.loopcoach.core.together.CoachView> coachView() {
        return coachView;
    }

    @Override
    public Optional<dev.loopcoach.core.together.GuessGame> guesses() {
        return guesses;
    }

    /** The daily engine for {@code DiscordBot.start(settings, coach, daily, channelSettings)}. */
    public static DiscordDaily control(DailyService service, ThreadCoach coach) {
        return new DiscordDaily(service, coach, Optional.empty(), Optional.empty());
    }

    /** As above, with the server's practice board. */
    public static DiscordDaily control(DailyService service, ThreadCoach coach, dev.loopcoach.core.together.PracticeBoard board) {
        return new DiscordDaily(service, coach, Optional.of(board), Optional.empty());
    }

    @Override
    public Optional<dev.loopcoach.core.together.PracticeBoard> board() {
        return board;
    }

    public static ChannelKey channel(String guildId, String channelId) {
        return new ChannelKey(PLATFORM, guildId, channelId);
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Optional<ThreadCoach> threadCoach() {
        return Optional.of(coach);
    }

    @Override
    public Reply schedule(DailySchedule s) {
        ChannelKey target = channel(s.guildId(), s.channelId());
        List<DailySettings> before = service.channelsIn(PLATFORM, s.guildId());
        ScheduleChange change = new ScheduleChange(s.time(), s.zone(), s.days(), s.topic());
        DailyResult result = service.set(target, change, s.requestedBy());
        if (result.outcome() != DailyResult.Outcome.SCHEDULE_SET) {
            return result.reply();
        }
        boolean moved = false;
        for (DailySettings other : before) {
            if (!other.channel().equals(target)) {
                service.off(other.channel(), s.requestedBy());
                moved = true;
            }
        }
        return moved ? result.reply().then(Reply.info(MOVED)) : result.reply();
    }

    @Override
    public Reply turnOff(String guildId, String requestedBy) {
        List<DailySettings> on = service.channelsIn(PLATFORM, guildId);
        if (on.isEmpty()) {
            return Reply.info(NOT_ON);
        }
        Reply last = null;
        for (DailySettings s : on) {
            last = service.off(s.channel(), requestedBy).reply();
        }
        return last;
    }

    @Override
    public Reply verdicts(String guildId, boolean privately) {
        List<DailySettings> on = service.channelsIn(PLATFORM, guildId);
        if (on.isEmpty()) {
            return Reply.error(NOT_SET_UP);
        }
        Reply last = null;
        for (DailySettings s : on) {
            last = coach.setChannelVerdicts(s.channel(), privately).orElseGet(() ->
                    Reply.error("Private verdicts are not available on this bot; nothing was changed."));
        }
        return last;
    }

    @Override
    public Reply postNow(String guildId, String requestedBy) {
        Optional<DailySettings> daily = service.channelsIn(PLATFORM, guildId).stream().findFirst();
        if (daily.isEmpty()) {
            return Reply.error(NOT_SET_UP);
        }
        return service.now(daily.get().channel(), requestedBy).reply();
    }

    @Override
    public java.util.function.Supplier<Reply> reserveNow(String guildId, String requestedBy) {
        Optional<DailySettings> daily = service.channelsIn(PLATFORM, guildId).stream().findFirst();
        if (daily.isEmpty()) {
            return () -> Reply.error(NOT_SET_UP);
        }
        dev.loopcoach.core.daily.DailyService.NowRequest request = service.reserveNow(daily.get().channel(), requestedBy);
        if (request instanceof dev.loopcoach.core.daily.DailyService.NowRequest.Reserved reserved) {
            return () -> service.post(reserved).reply();
        }
        Reply answered = ((dev.loopcoach.core.daily.DailyService.NowRequest.Answered) request).result().reply();
        return () -> answered;
    }
}
