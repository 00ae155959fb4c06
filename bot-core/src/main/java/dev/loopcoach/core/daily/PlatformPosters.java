package dev.loopcoach.core.daily;

import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Reply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link ChannelPoster} for the daily engine that hands each post to the poster of the channel's platform.
 * The launcher registers a poster when it starts a platform bot (Slack gives its publisher only while the bot is
 * being built), so one {@link DailyService} serves every platform running in the process, and only those.
 */
public final class PlatformPosters implements ChannelPoster {
    private final Map<String, ChannelPoster> byPlatform = new ConcurrentHashMap<>();

    /** Registers (or replaces) the poster for a platform such as {@code slack} or {@code discord}. */
    public PlatformPosters register(String platform, ChannelPoster poster) {
        byPlatform.put(platform, poster);
        return this;
    }

    @Override
    public boolean serves(String platform) {
        return byPlatform.containsKey(platform);
    }

    @Override
    public String post(ChannelKey channel, Reply question) {
        ChannelPoster poster = byPlatform.get(channel.platform());
        if (poster == null) {
            throw new Rejected("no " + channel.platform() + " bot runs in this process");
        }
        return poster.post(channel, question);
    }

    @Override
    public String post(ChannelKey channel, Reply question, String postKey) {
        ChannelPoster poster = byPlatform.get(channel.platform());
        if (poster == null) {
            throw new Rejected("no " + channel.platform() + " bot runs in this process");
        }
        return poster.post(channel, question, postKey);
    }

    @Override
    public String announce(ChannelKey channel, Reply message) {
        ChannelPoster poster = byPlatform.get(channel.platform());
        if (poster == null) {
            throw new Rejected("no " + channel.platform() + " bot runs in this process");
        }
        return poster.announce(channel, message);
    }

    @Override
    public Lookup find(ChannelKey channel, String postKey, java.time.Instant since) {
        ChannelPoster poster = byPlatform.get(channel.platform());
        return poster == null ? new Lookup.Unknown("no " + channel.platform() + " bot runs in this process")
                : poster.find(channel, postKey, since);
    }
}
