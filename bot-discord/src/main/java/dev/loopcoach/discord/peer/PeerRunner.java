package dev.loopcoach.discord.peer;

import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.core.together.PeerMock.Delivery;
import dev.loopcoach.core.together.PeerMock.Outcome;
import dev.loopcoach.core.together.PeerMock.Step;
import dev.loopcoach.discord.interaction.Privacy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every peer mock interaction is answered: acknowledged privately at once, the core's use case run off the gateway
 * thread, then its reply (with its step buttons) sent to the person alone and its deliveries sent on. Everything the
 * person sees is ephemeral: a kit in the pair's thread must stay the interviewer's.
 */
public final class PeerRunner {
    private static final Logger log = LoggerFactory.getLogger(PeerRunner.class);
    public static final String NOT_AVAILABLE = "Peer mock interviews are not available on this Loop Coach bot.";
    static final String SORRY = "Something went wrong on our side, so nothing was done. Please try again.";
    static final String BUSY = "Loop Coach is very busy right now, so nothing was done. Please try again in a minute.";

    private final Optional<PeerMock> peers;
    private final Executor executor;
    private final PeerMessages messages = new PeerMessages();
    private final Optional<PeerDeliveries> deliveries;

    /** @param peers the core's peer mocks; empty on a bot without them, which then says so */
    /** What a member typed, read at the coach's default level (empty peers: the caller already refused). */
    public PeerMock.Request parse(String typed) {
        return peers.map(p -> p.parse(typed)).orElseGet(() -> PeerMock.parse(typed, dev.loopcoach.core.bank.Level.SENIOR));
    }

    public PeerRunner(Optional<PeerMock> peers, Executor executor) {
        this.peers = Objects.requireNonNull(peers, "peers");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.deliveries = peers.map(p -> new PeerDeliveries(p, messages));
    }

    public boolean available() {
        return peers.isPresent();
    }

    /**
     * Defers privately, runs {@code useCase} on the executor and sends its outcome. {@code typed} is what the person
     * typed into a form: quoted back when the core took nothing, so it is not lost.
     */
    public void run(IReplyCallback event, String typed, Function<PeerMock, Outcome> useCase) {
        if (peers.isEmpty()) {
            refuse(event, PeerMessages.kept(Reply.info(NOT_AVAILABLE), typed));
            return;
        }
        event.deferReply(true).queue(null, e -> log.warn("defer failed for peer interaction {}: {}", event.getId(), e.toString()));
        InteractionHook hook = event.getHook();
        String actorId = event.getUser().getId();
        try {
            executor.execute(() -> {
                Outcome outcome;
                try {
                    outcome = useCase.apply(peers.get());
                } catch (RuntimeException e) {
                    log.error("peer interaction {} failed", event.getId(), e);
                    send(hook, messages.note(PeerMessages.kept(Reply.error(SORRY), typed)));
                    return;
                }
                Reply reply = outcome.deliveries().isEmpty() ? PeerMessages.kept(outcome.reply(), typed) : outcome.reply();
                send(hook, messages.messages(reply, outcome.steps(), stepsPair(outcome, actorId)));
                try {
                    deliveries.get().deliver(event.getJDA(), outcome.deliveries(), actorId)
                            .ifPresent(thread -> send(hook, List.of(PeerMessages.pointer(thread))));
                } catch (RuntimeException e) {
                    log.error("peer deliveries after interaction {} failed", event.getId(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("worker queue full; peer interaction {} told to retry", event.getId());
            for (MessageCreateData part : messages.note(PeerMessages.kept(Reply.error(BUSY), typed))) {
                hook.sendMessage(part).setEphemeral(true).queue(null,
                        x -> log.warn("busy note failed for peer interaction {}: {}", event.getId(), x.toString()));
            }
        }
    }

    /**
     * Runs {@code work} on the executor before any acknowledgement, for a press that opens a form: a modal must be the
     * first response, so it cannot follow a defer, yet which form (and whether any) depends on the store.
     */
    void beforeResponse(IReplyCallback event, Consumer<PeerMock> work) {
        if (peers.isEmpty()) {
            refuse(event, Reply.info(NOT_AVAILABLE));
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    work.accept(peers.get());
                } catch (RuntimeException e) {
                    log.error("peer interaction {} failed", event.getId(), e);
                    if (!event.isAcknowledged()) {
                        refuse(event, Reply.error(SORRY));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("worker queue full; peer interaction {} told to retry", event.getId());
            refuse(event, Reply.error(BUSY));
        }
    }

    /** Answers at once, privately, with a reply that needs no work. */
    public void refuse(IReplyCallback event, Reply reply) {
        answer(event, reply, List.of(), 0);
    }

    /** Answers at once, privately, with the reply and its step buttons for the pair. */
    void answer(IReplyCallback event, Reply reply, List<Step> steps, long pairId) {
        List<MessageCreateData> parts = messages.messages(reply, steps, pairId);
        event.reply(parts.get(0)).setEphemeral(true).queue(null,
                e -> log.warn("reply failed for peer interaction {}: {}", event.getId(), e.toString()));
        for (MessageCreateData more : parts.subList(1, parts.size())) {
            event.getHook().sendMessage(more).setEphemeral(true).queue(null,
                    e -> log.warn("follow-up failed for peer interaction {}: {}", event.getId(), e.toString()));
        }
    }

    /**
     * The pair the person's buttons act on. Usually the outcome's; but a no-show report ends that pair and may propose
     * a new one to the reporter at once, whose buttons must carry the new pair (it travels in the deliveries).
     */
    static long stepsPair(Outcome outcome, String actorId) {
        Optional<Pair> pair = outcome.pair();
        if (outcome.steps().isEmpty() || pair.isEmpty()) {
            return pair.map(Pair::id).orElse(0L);
        }
        if (pair.get().stage() != Stage.ENDED) {
            return pair.get().id();
        }
        UserKey actor = new UserKey(Privacy.PLATFORM, actorId);
        return outcome.deliveries().stream().map(Delivery::pair)
                .filter(p -> p.stage() == Stage.PROPOSED && p.has(actor))
                .map(Pair::id).findFirst().orElse(pair.get().id());
    }

    private static void send(InteractionHook hook, List<MessageCreateData> parts) {
        for (MessageCreateData part : parts) {
            try {
                hook.sendMessage(part).setEphemeral(true).complete();
            } catch (RuntimeException e) {
                log.warn("private peer note failed for interaction {}: {}", hook.getInteraction().getId(), e.toString());
            }
        }
    }
}
