package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.reply.Reply;

/** The Slack daily commands on the core's {@link DailyService}: each one maps the channel and returns the core's reply. */
public final class ServiceDailyControl implements DailyControl {
    private final DailyService service;
    private final java.util.Optional<dev.loopcoach.core.daily.ThreadCoach> threads;

    public ServiceDailyControl(DailyService service) {
        this(service, java.util.Optional.empty());
    }

    public ServiceDailyControl(DailyService service, java.util.Optional<dev.loopcoach.core.daily.ThreadCoach> threads) {
        this.service = service;
        this.threads = threads;
    }

    @Override
    public Reply verdicts(DailyChannel channel, boolean privately) {
        return threads.flatMap(t -> t.setChannelVerdicts(channel.key(), privately))
                .orElseGet(() -> Reply.error("Private verdicts are not available on this Loop Coach server; nothing was changed."));
    }

    @Override
    public Reply set(DailyChannel channel, DailySchedule schedule) {
        return service.set(channel.key(), schedule, channel.requester()).reply();
    }

    @Override
    public Reply off(DailyChannel channel) {
        return service.off(channel.key(), channel.requester()).reply();
    }

    @Override
    public Reply postNow(DailyChannel channel) {
        return service.now(channel.key(), channel.requester()).reply();
    }

    @Override
    public java.util.function.Supplier<Reply> reserveNow(DailyChannel channel) {
        DailyService.NowRequest request = service.reserveNow(channel.key(), channel.requester());
        if (request instanceof DailyService.NowRequest.Reserved reserved) {
            return () -> service.post(reserved).reply();
        }
        Reply answered = ((DailyService.NowRequest.Answered) request).result().reply();
        return () -> answered;
    }

    @Override
    public Reply describe(DailyChannel channel) {
        return service.describe(channel.key()).reply();
    }
}
