package dev.loopcoach.discord.daily;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's {@link ChannelPoster} for Discord: posts the daily question to the channel (with Answer and Mute
 * buttons), starts a public thread under it for the discussion, opens the thread with a note and its own
 * Answer button, and returns the post's message id (which is also the thread's id).
 *
 * <p><b>Sharding and exactly-once.</b> The due-check is one cluster-wide db-scheduler task: each run is picked
 * by one process, and it covers every channel. Each slot is claimed in the shared store before this poster is
 * called, and that claim is the only guard. So this poster must be able to post for any guild, not only those
 * on this process's shards: refusing would turn the day's claimed slot into a failure (scheduled slots are not
 * released), and nothing else would post it. It therefore posts through REST by channel id, which Discord does
 * not tie to gateway shards, using the shard that owns the guild when this process runs it and any running
 * shard otherwise. It needs no channel cache either.
 *
 * <p>Either registered in the core's {@code PlatformPosters} once the bot has started ({@link #on}), or created
 * before the bot (the {@code DailyService} needs a poster) and {@link #attach attached} to its shards after the
 * start. Until then it {@linkplain #serves serves} nothing: the due-check skips Discord channels and "now" says no
 * Discord bot runs here.
 */
public final class DiscordPoster implements ChannelPoster {
    private static final Logger log = LoggerFactory.getLogger(DiscordPoster.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
    static final ThreadChannel.AutoArchiveDuration ARCHIVE_AFTER = ThreadChannel.AutoArchiveDuration.TIME_24_HOURS;

    private final DailyMessages messages = new DailyMessages();
    private volatile ShardManager shards;

    /** A poster for a bot that has already started, e.g. to register in the core's {@code PlatformPosters}. */
    public static DiscordPoster on(ShardManager shardManager) {
        DiscordPoster poster = new DiscordPoster();
        poster.attach(shardManager);
        return poster;
    }

    /** Connects the poster to the running bot ({@code bot.shards()}). */
    public void attach(ShardManager shardManager) {
        this.shards = shardManager;
    }

    /** Discord channels, once attached: before that the due-check leaves them alone instead of claiming their slots. */
    @Override
    public boolean serves(String platform) {
        return DiscordDaily.PLATFORM.equals(platform) && shards != null;
    }

    @Override
    public String post(ChannelKey channel, Reply question) {
        return post(channel, question, null);
    }

    /**
     * Looks for the post whose Answer button carries {@code postKey} among the channel's latest 100 messages (a
     * daily channel holds few; anything older than the repair window is not looked up).
     */
    @Override
    public Lookup find(ChannelKey channel, String postKey, java.time.Instant since) {
        Optional<JDA> jda = DiscordDaily.PLATFORM.equals(channel.platform()) && SNOWFLAKE.matcher(channel.channelId()).matches()
                ? shardFor(channel.workspaceId()) : Optional.empty();
        if (jda.isEmpty()) {
            return new Lookup.Unknown("Discord is not connected in this process");
        }
        try {
            net.dv8tion.jda.api.utils.data.DataArray latest = new ChannelRest(jda.get()).latest(channel.channelId());
            for (int i = 0; i < latest.length(); i++) {
                net.dv8tion.jda.api.utils.data.DataObject message = latest.getObject(i);
                if (carries(message, postKey)) {
                    return new Lookup.Found(message.getString("id"));
                }
            }
            return new Lookup.Absent();
        } catch (RuntimeException e) {
            return new Lookup.Unknown(e.toString());
        }
    }

    private static boolean carries(net.dv8tion.jda.api.utils.data.DataObject message, String postKey) {
        net.dv8tion.jda.api.utils.data.DataArray rows = message.optArray("components").orElse(null);
        for (int r = 0; rows != null && r < rows.length(); r++) {
            net.dv8tion.jda.api.utils.data.DataArray buttons = rows.getObject(r).optArray("components").orElse(null);
            for (int b = 0; buttons != null && b < buttons.length(); b++) {
                String id = buttons.getObject(b).getString("custom_id", null);
                if (DailyComponent.postKey(id).filter(postKey::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String post(ChannelKey channel, Reply question, String postKey) {
        if (!DiscordDaily.PLATFORM.equals(channel.platform()) || !SNOWFLAKE.matcher(channel.workspaceId()).matches()
                || !SNOWFLAKE.matcher(channel.channelId()).matches()) {
            throw new Rejected("not a Discord channel: " + channel);
        }
        ChannelRest rest = new ChannelRest(shardFor(channel.workspaceId())
                .orElseThrow(() -> new Rejected("Discord is not connected in this process")));
        List<MessageCreateData> parts = messages.post(question, postKey);
        String postId;
        try {
            postId = postKey == null ? rest.send(channel.channelId(), parts.get(0))
                    : rest.sendOnce(channel.channelId(), parts.get(0), postKey);
        } catch (ErrorResponseException e) {
            if (e.isServerError()) {
                throw e;
            }
            throw new Rejected(e.getMeaning() + " (" + e.getErrorCode() + ")", e);
        }
        log.debug("daily question posted to {} as message {}", channel, postId);
        openThread(rest, channel.channelId(), postId, DailyMessages.threadName(question), parts.subList(1, parts.size()));
        return postId;
    }

    /** A plain announcement (the weekly shout-out): every part sent to the channel, no buttons, no thread, nobody mentioned. */
    @Override
    public String announce(ChannelKey channel, Reply message) {
        if (!DiscordDaily.PLATFORM.equals(channel.platform()) || !SNOWFLAKE.matcher(channel.workspaceId()).matches()
                || !SNOWFLAKE.matcher(channel.channelId()).matches()) {
            throw new Rejected("not a Discord channel: " + channel);
        }
        ChannelRest rest = new ChannelRest(shardFor(channel.workspaceId())
                .orElseThrow(() -> new Rejected("Discord is not connected in this process")));
        String first = null;
        try {
            for (MessageCreateData part : messages.announcement(message)) {
                String id = rest.send(channel.channelId(), part);
                first = first == null ? id : first;
            }
        } catch (ErrorResponseException e) {
            if (e.isServerError()) {
                throw e;
            }
            throw new Rejected(e.getMeaning() + " (" + e.getErrorCode() + ")", e);
        }
        return first;
    }

    /** The thread is a convenience on top of the post: if it fails the post stands, and answers still work by the buttons. */
    private void openThread(ChannelRest rest, String channelId, String postId, String name, List<MessageCreateData> extra) {
        try {
            rest.startThread(channelId, postId, name, ARCHIVE_AFTER);
            for (MessageCreateData more : extra) {
                rest.send(postId, more);
            }
            rest.send(postId, messages.threadIntro(channelId, postId));
        } catch (RuntimeException e) {
            log.warn("daily question {} in channel {} is posted, but its thread could not be set up: {}", postId, channelId, e.toString());
        }
    }

    /** The shard that owns the guild when this process runs it, else any shard of this process. */
    private Optional<JDA> shardFor(String guildId) {
        ShardManager sm = shards;
        if (sm == null) {
            log.error("daily post requested before DiscordPoster.attach(bot.shards()) was called");
            return Optional.empty();
        }
        JDA own = sm.getShardById(ownerShard(guildId, sm.getShardsTotal()));
        if (own != null) {
            return Optional.of(own);
        }
        return sm.getShards().stream().findFirst();
    }

    /** Discord's rule: a guild lives on shard {@code (guild_id >> 22) % shard_count}. */
    static int ownerShard(String guildId, int shardsTotal) {
        try {
            return (int) Long.remainderUnsigned(Long.parseUnsignedLong(guildId) >>> 22, Math.max(1, shardsTotal));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
