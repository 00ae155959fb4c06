package dev.loopcoach.discord.peer;

import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Side;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Delivery;
import dev.loopcoach.discord.daily.ChannelRest;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a peer step produced besides the reply to whoever acted: private notes as DMs, the pair's private thread
 * (opened under the channel where the first member asked, both members added, its id handed to the core, the intro
 * posted) and messages in that thread. Everything goes by id through REST, so it works from any process whatever
 * shard holds the server. A member whose DMs are closed, or a thread that cannot be opened, is logged (ids only) and
 * the rest carries on; without a thread, what belongs in it goes to both members privately. Blocking: call it off the
 * gateway thread.
 */
final class PeerDeliveries {
    private static final Logger log = LoggerFactory.getLogger(PeerDeliveries.class);
    /** A pair may agree to meet later in the week. */
    static final ThreadChannel.AutoArchiveDuration ARCHIVE_AFTER = ThreadChannel.AutoArchiveDuration.TIME_1_WEEK;

    private final PeerMock peers;
    private final PeerMessages messages;

    PeerDeliveries(PeerMock peers, PeerMessages messages) {
        this.peers = peers;
        this.messages = messages;
    }

    /** Sends each delivery in order; returns the thread it opened, if it opened one. */
    Optional<String> deliver(JDA jda, List<Delivery> deliveries, String actorId) {
        Optional<String> opened = Optional.empty();
        for (Delivery d : deliveries) {
            long pairId = d.pair().id();
            if (d instanceof Delivery.Private p) {
                direct(jda, p.to().userId(), pairId, messages.messages(p.reply(), p.steps(), pairId));
            } else if (d instanceof Delivery.OpenSpace o) {
                opened = open(jda, o, actorId);
            } else if (d instanceof Delivery.InSpace s) {
                inSpace(jda, s.pair(), messages.messages(s.reply(), s.steps(), pairId));
            }
        }
        return opened;
    }

    private Optional<String> open(JDA jda, Delivery.OpenSpace o, String actorId) {
        Pair pair = o.pair();
        List<MessageCreateData> intro = messages.messages(o.intro(), o.steps(), pair.id());
        ChannelRest rest = new ChannelRest(jda);
        String threadId;
        try {
            threadId = rest.startPrivateThread(pair.first().placeRef(), PeerMessages.threadName(pair), ARCHIVE_AFTER);
            rest.addThreadMember(threadId, pair.first().user().userId());
            rest.addThreadMember(threadId, pair.second().user().userId());
        } catch (RuntimeException e) {
            log.warn("peer mock {}: could not open a private thread under channel {}: {}", pair.id(), pair.first().placeRef(),
                    reason(e));
            toBoth(jda, pair, intro);
            return Optional.empty();
        }
        String space = peers.spaceOpened(pair.id(), threadId).flatMap(Pair::space).orElse(threadId);
        log.debug("peer mock {}: private thread {} opened", pair.id(), space);
        if (!post(rest, space, pair.id(), intro)) {
            toBoth(jda, pair, intro);
        }
        for (Side side : List.of(pair.first(), pair.second())) {
            if (!side.user().userId().equals(actorId)) {
                direct(jda, side.user().userId(), pair.id(), List.of(PeerMessages.pointer(space)));
            }
        }
        return Optional.of(space);
    }

    private void inSpace(JDA jda, Pair pair, List<MessageCreateData> parts) {
        if (pair.space().isEmpty() || !post(new ChannelRest(jda), pair.space().get(), pair.id(), parts)) {
            toBoth(jda, pair, parts);
        }
    }

    private static boolean post(ChannelRest rest, String threadId, long pairId, List<MessageCreateData> parts) {
        try {
            for (MessageCreateData part : parts) {
                rest.send(threadId, part);
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("peer mock {}: could not post in thread {}: {}", pairId, threadId, reason(e));
            return false;
        }
    }

    /** The pair's shared message, privately to each of them (their space could not be used). */
    private static void toBoth(JDA jda, Pair pair, List<MessageCreateData> parts) {
        direct(jda, pair.first().user().userId(), pair.id(), parts);
        direct(jda, pair.second().user().userId(), pair.id(), parts);
    }

    private static void direct(JDA jda, String userId, long pairId, List<MessageCreateData> parts) {
        try {
            PrivateChannel dm = jda.openPrivateChannelById(userId).complete();
            for (MessageCreateData part : parts) {
                dm.sendMessage(part).complete();
            }
        } catch (RuntimeException e) {
            log.warn("peer mock {}: could not message user {} privately (DMs closed?): {}", pairId, userId, reason(e));
        }
    }

    /** Why a call failed, without any text a person wrote. */
    private static String reason(RuntimeException e) {
        return e instanceof ErrorResponseException r ? "Discord error " + r.getErrorCode() : e.getClass().getSimpleName();
    }
}
