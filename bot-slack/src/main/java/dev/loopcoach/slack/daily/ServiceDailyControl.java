package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailyService;
import dev.loopcoach.core.reply.Reply;

/** The Slack daily commands on the core's {@link DailyService}: each one maps the channel and returns the core's reply. */
public final class ServiceDailyControl implements DailyControl {
    private final DailyService service;

    public ServiceDailyControl(DailyService service) {
        this.service = service;
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
    public Reply describe(DailyChannel channel) {
        return service.describe(channel.key()).reply();
    }
}
