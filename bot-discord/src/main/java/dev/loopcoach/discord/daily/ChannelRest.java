package dev.loopcoach.discord.daily;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.internal.requests.RestActionImpl;

/**
 * Posts to a channel or thread by its id through one shard's REST client, without needing the channel in
 * JDA's cache. Discord's REST API is not tied to gateway shards, so any process of the bot can post to any
 * channel it has permission for (a peer mock's thread is opened from a DM button, whose server may be on another
 * process's shard); JDA's requester still applies the rate limits and turns errors into
 * {@link net.dv8tion.jda.api.exceptions.ErrorResponseException}.
 *
 * <p>JDA's public API offers these calls only on cached channel objects, so this class builds them from
 * JDA's public {@link Route}s with its request class {@code RestActionImpl} (internal package). It is the
 * only place that does so: a JDA upgrade that moves that class touches this file alone.
 */
public final class ChannelRest {
    private final JDA jda;

    public ChannelRest(JDA jda) {
        this.jda = jda;
    }

    /** Sends a message (no file uploads) and returns its id. Blocks; never call it on a JDA callback thread. */
    public String send(String channelId, MessageCreateData message) {
        if (!message.getFiles().isEmpty()) {
            throw new IllegalArgumentException("ChannelRest sends messages without files");
        }
        DataObject body = message.toData();
        return new RestActionImpl<String>(jda, Route.Messages.SEND_MESSAGE.compile(channelId), body,
                (response, request) -> response.getObject().getString("id")).complete();
    }

    /**
     * Sends with a nonce Discord enforces: a second send with the same nonce within a few minutes returns the first
     * message instead of posting again.
     */
    String sendOnce(String channelId, MessageCreateData message, String nonce) {
        DataObject body = message.toData().put("nonce", nonce).put("enforce_nonce", true);
        return new RestActionImpl<String>(jda, Route.Messages.SEND_MESSAGE.compile(channelId), body,
                (response, request) -> response.getObject().getString("id")).complete();
    }

    /** The channel's latest messages (at most 100), newest first, as raw JSON. */
    net.dv8tion.jda.api.utils.data.DataArray latest(String channelId) {
        return new RestActionImpl<net.dv8tion.jda.api.utils.data.DataArray>(jda,
                Route.Messages.GET_MESSAGE_HISTORY.compile(channelId).withQueryParams("limit", "100"), (DataObject) null,
                (response, request) -> response.getArray()).complete();
    }

    /** Starts a public thread under a message; the thread's id equals the message's. */
    String startThread(String channelId, String messageId, String name, ThreadChannel.AutoArchiveDuration archiveAfter) {
        DataObject body = DataObject.empty().put("name", name).put("auto_archive_duration", archiveAfter.getMinutes());
        return new RestActionImpl<String>(jda, Route.Channels.CREATE_THREAD_FROM_MESSAGE.compile(channelId, messageId), body,
                (response, request) -> response.getObject().getString("id")).complete();
    }

    /** Starts a private thread (only invited members and moderators see it) that members cannot invite others to. */
    public String startPrivateThread(String channelId, String name, ThreadChannel.AutoArchiveDuration archiveAfter) {
        DataObject body = DataObject.empty().put("name", name).put("type", 12).put("invitable", false)
                .put("auto_archive_duration", archiveAfter.getMinutes());
        return new RestActionImpl<String>(jda, Route.Channels.CREATE_THREAD.compile(channelId), body,
                (response, request) -> response.getObject().getString("id")).complete();
    }

    /** Adds a member to a thread. */
    public void addThreadMember(String threadId, String userId) {
        new RestActionImpl<Void>(jda, Route.Channels.ADD_THREAD_MEMBER.compile(threadId, userId)).complete();
    }
}
