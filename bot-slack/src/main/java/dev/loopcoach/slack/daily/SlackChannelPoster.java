package dev.loopcoach.slack.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.SlackUsers;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The core's {@link ChannelPoster} for Slack: posts through the running bot's {@link DailyPublisher}
 * (chat.postMessage, Block Kit, 429 handled) and answers the message ts, the thread replies will name.
 * It exists before the bot does (the core's DailyService needs it first) and is connected when the bot starts.
 * It {@linkplain #serves serves} only Slack, and only once connected: until then the core's due-check leaves Slack
 * channels alone (their posts stay due), and a post is refused.
 */
public final class SlackChannelPoster implements ChannelPoster {
    private final AtomicReference<DailyPublisher> publisher = new AtomicReference<>();

    /** Called by the bot at start with its publisher. */
    public void connect(DailyPublisher running) {
        publisher.set(running);
    }

    @Override
    public boolean serves(String platform) {
        return SlackUsers.PLATFORM.equals(platform) && publisher.get() != null;
    }

    @Override
    public String post(ChannelKey channel, Reply question) {
        return post(channel, question, null);
    }

    /** A plain channel message (the weekly shout-out): rendered like a post, without a key, nobody mentioned. */
    @Override
    public String announce(ChannelKey channel, Reply message) {
        return post(channel, message, null);
    }

    @Override
    public Lookup find(ChannelKey channel, String postKey, java.time.Instant since) {
        DailyPublisher p = publisher.get();
        if (!SlackUsers.PLATFORM.equals(channel.platform()) || p == null) {
            return new Lookup.Unknown("the Slack bot is not running here");
        }
        try {
            return p.find(channel.channelId(), postKey, since).<Lookup>map(Lookup.Found::new).orElse(new Lookup.Absent());
        } catch (DailyPublisher.DailyPublishException e) {
            return new Lookup.Unknown(e.reason());
        }
    }

    @Override
    public String post(ChannelKey channel, Reply question, String postKey) {
        if (!SlackUsers.PLATFORM.equals(channel.platform())) {
            throw new Rejected("not a Slack channel: " + channel);
        }
        DailyPublisher p = publisher.get();
        if (p == null) {
            throw new Rejected("the Slack bot is not running");
        }
        try {
            return (postKey == null ? p.post(channel.channelId(), question) : p.post(channel.channelId(), question, postKey)).ts();
        } catch (DailyPublisher.DailyPublishException e) {
            if (e.refused()) {
                throw new Rejected(e.reason(), e);
            }
            throw e;
        }
    }
}
