package dev.loopcoach.discord.interaction;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.render.OutgoingFile;
import dev.loopcoach.discord.render.ButtonsView;
import dev.loopcoach.discord.render.MessagePlan;
import dev.loopcoach.discord.render.OutgoingMessage;
import dev.loopcoach.discord.render.ReplyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges first, works later: {@link #deferAndSend} sends the deferred response straight away from
 * the gateway thread, runs the (possibly slow) work on the executor, one job at a time per user, and
 * then posts the rendered reply through the interaction hook as follow-up messages, in order, with the
 * reply's actions as buttons on the last one.
 */
public final class ReplySender {
    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    static final String SORRY = "Something went wrong on our side. Your practice so far is saved: try again, "
            + "or use /coach resume to pick up where you left off.";
    static final String BUSY = "Loop Coach is very busy right now. Please try again in a minute.";
    /** How long the work waits for Discord to answer a defer before it runs anyway (its reply then goes by DM if need be). */
    static final java.time.Duration DEFER_WAIT = java.time.Duration.ofSeconds(5);

    private final ReplyView view;
    private final ComponentStore components;
    private final Executor executor;
    private final LoadingCache<String, Object> userLocks = Caffeine.newBuilder().weakValues().build(k -> new Object());

    public ReplySender(ReplyView view, ComponentStore components, Executor executor) {
        this.view = Objects.requireNonNull(view);
        this.components = Objects.requireNonNull(components);
        this.executor = Objects.requireNonNull(executor);
    }

    /** What to send: a reply, files to attach, and an answer draft to pre-fill if the Answer button is offered again. */
    public record Outcome(Reply reply, List<OutgoingFile> files, String draft) {
        public Outcome {
            Objects.requireNonNull(reply, "reply");
            files = List.copyOf(files);
            draft = draft == null ? "" : draft;
        }

        public static Outcome of(Reply reply) {
            return new Outcome(reply, List.of(), "");
        }
    }

    /**
     * Defers the interaction (ephemeral when {@code ephemeral}), then runs {@code work} off the gateway
     * thread and sends its outcome. Never blocks the caller.
     */
    public void deferAndSend(IReplyCallback event, boolean ephemeral, Supplier<Outcome> work) {
        String userId = event.getUser().getId();
        InteractionHook hook = event.getHook();
        afterDefer(event, ephemeral, () -> {
            try {
                executor.execute(() -> sendOutcome(hook, userId, ephemeral, runGuarded(userId, work)));
            } catch (RejectedExecutionException e) {
                log.warn("worker queue full; telling user {} to retry", userId); // nothing was kept, so nothing is owed
                sendOutcome(hook, userId, ephemeral, Outcome.of(Reply.error(BUSY)));
            }
        });
    }

    /**
     * As above for a command kept in the inbox before the defer; {@code whenSent} learns, once every message went out or
     * failed, whether all reached Discord. Such a command is never refused once deferred: when the workers' queue filled
     * up since {@link #hasRoom} was asked, it is carried out on the thread that learned the defer was answered (JDA's
     * callback thread; rare, and bounded by the room check). (Refusing it would tell the
     * person "nothing was done" while its letter stays open, and the inbox sweep would carry it out later anyway.)
     */
    public void deferAndSend(IReplyCallback event, boolean ephemeral, Supplier<Outcome> work, Consumer<Boolean> whenSent) {
        String userId = event.getUser().getId();
        InteractionHook hook = event.getHook();
        afterDefer(event, ephemeral,
                () -> carryOut(executor, () -> sendOutcome(hook, userId, ephemeral, runGuarded(userId, work)).thenAccept(whenSent)));
    }

    /**
     * Hands a kept command's job to the workers, or runs it on this thread when their queue is full: a deferred command
     * that was kept is owed its reply, never a refusal.
     */
    static void carryOut(java.util.concurrent.Executor executor, Runnable job) {
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            log.debug("worker queue full; carrying out a kept command on {}", Thread.currentThread().getName());
            job.run();
        }
    }

    /**
     * Defers, and hands the work over once Discord answered the defer (or it failed or timed out, so a kept command is
     * still carried out). Why not at once: the work is CPU-heavy, and started beside the defer it takes the cores the
     * acknowledgement needs on its way out; a follow-up cannot be sent before the defer is answered anyway.
     */
    void afterDefer(IReplyCallback event, boolean ephemeral, Runnable handOver) {
        event.deferReply(ephemeral).timeout(DEFER_WAIT.toMillis(), TimeUnit.MILLISECONDS).queue(ok -> handOver.run(), e -> {
            platformError(() -> log.warn("defer failed for interaction {} of user {}: {}", event.getId(), event.getUser().getId(),
                    e.toString()));
            handOver.run();
        });
    }

    /**
     * Whether the workers can take another job now. Checked before a letter is written and the interaction deferred,
     * so a full queue is said at once ("very busy, nothing was done") instead of after an acknowledgement.
     */
    public boolean hasRoom() {
        return !(executor instanceof java.util.concurrent.ThreadPoolExecutor pool) || pool.getQueue().remainingCapacity() > 0;
    }

    /** The answer to a command that was not taken because the workers are full. */
    public void busyNow(IReplyCallback event, boolean ephemeral) {
        replyNow(event, ephemeral, Outcome.of(Reply.error(BUSY)));
    }

    /** Sends an outcome to the person's direct messages (a late reply, once the interaction token has expired). */
    public CompletableFuture<Boolean> sendDirect(net.dv8tion.jda.api.sharding.ShardManager shards, String userId, Outcome outcome) {
        List<MessageCreateData> messages = messages(userId, outcome);
        return shards.retrieveUserById(userId).submit()
                .thenCompose(u -> u.openPrivateChannel().submit())
                .thenCompose(channel -> {
                    CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
                    for (MessageCreateData data : messages) {
                        chain = chain.thenCompose(ok -> channel.sendMessage(data).submit().thenApply(m -> ok));
                    }
                    return chain;
                })
                .exceptionally(e -> {
                    platformError(() -> log.warn("direct message to user {} failed: {}", userId, e.toString()));
                    return false;
                });
    }

    /** Answers at once (no deferral) with an outcome that needs no work, e.g. an input problem. */
    public void replyNow(IReplyCallback event, boolean ephemeral, Outcome outcome) {
        String userId = event.getUser().getId();
        List<MessageCreateData> messages = messages(userId, outcome);
        event.reply(messages.get(0)).setEphemeral(ephemeral).queue(null,
                e -> platformError(() -> log.warn("reply failed for interaction {}: {}", event.getId(), e.toString())));
        if (messages.size() > 1) {
            sendAll(event.getHook(), messages.subList(1, messages.size()), ephemeral);
        }
    }

    /** Runs the work for one user at a time; a bug becomes an apology, never a silent failure. */
    Outcome runGuarded(String userId, Supplier<Outcome> work) {
        synchronized (userLocks.get(userId)) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                log.error("coach call failed for discord user {}", userId, e);
                return Outcome.of(Reply.error(SORRY));
            }
        }
    }

    /** Renders the outcome and sends it through the hook as follow-ups; completes with whether all went out. */
    CompletableFuture<Boolean> sendOutcome(InteractionHook hook, String userId, boolean ephemeral, Outcome outcome) {
        List<MessageCreateData> messages;
        try {
            messages = messages(userId, outcome);
        } catch (RuntimeException e) {
            log.error("rendering failed for discord user {}", userId, e);
            messages = messages(userId, Outcome.of(Reply.error(SORRY)));
        }
        return sendAll(hook, messages, ephemeral);
    }

    /** Follow-ups queued with Discord but not yet confirmed; a stop waits for them before disconnecting. */
    private final java.util.Set<CompletableFuture<?>> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Waits (at most {@code limit}) until every follow-up queued so far has been sent or has failed. */
    public void awaitReplies(java.time.Duration limit) {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("{} replies still unsent after {}", inFlight.size(), limit);
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("a reply failed while stopping: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends the messages one after the other (order matters); one failed message does not stop the rest. */
    private CompletableFuture<Boolean> sendAll(InteractionHook hook, List<MessageCreateData> messages, boolean ephemeral) {
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        for (int i = 0; i < messages.size(); i++) {
            MessageCreateData data = messages.get(i);
            int part = i + 1;
            chain = chain.thenCompose(allSoFar -> hook.sendMessage(data).setEphemeral(ephemeral).submit()
                    .handle((message, e) -> {
                        if (e != null) {
                            dev.loopcoach.core.metrics.Metrics.count(dev.loopcoach.core.metrics.Metrics.Counter.PLATFORM_ERRORS,
                                    "discord");
                            log.warn("follow-up {} of {} failed for interaction {}: {}", part, messages.size(),
                                    hook.getInteraction().getId(), e.toString());
                        }
                        return allSoFar && e == null;
                    }));
        }
        CompletableFuture<Boolean> sent = chain;
        inFlight.add(sent);
        sent.whenComplete((x, e) -> inFlight.remove(sent));
        return sent;
    }

    /** Renders the outcome; issues button ids for the reply's actions and puts them on the last message. */
    List<MessageCreateData> messages(String userId, Outcome outcome) {
        // the core writes console commands; Discord shows its own subcommands and buttons instead
        List<MessagePlan> plans = view.render(dev.loopcoach.discord.command.DiscordNames.RESPELLING.apply(outcome.reply()),
                outcome.files());
        List<ActionRow> rows = buttons(userId, outcome.reply().actions(), outcome.draft());
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            out.add(OutgoingMessage.of(plans.get(i), i == plans.size() - 1 ? rows : List.of()));
        }
        return out;
    }

    private List<ActionRow> buttons(String userId, List<Action> actions, String draft) {
        if (actions.isEmpty()) {
            return List.of();
        }
        List<ComponentStore.ButtonPress> presses = new ArrayList<>();
        for (Action a : actions) {
            presses.add(new ComponentStore.ButtonPress(a, actions, a == Action.ANSWER ? draft : ""));
        }
        List<String> ids = components.issueSet(userId, scopeOf(actions), presses);
        return ButtonsView.rows(actions, ids);
    }

    /** Delete confirmations live apart from interview buttons, so one never retires the other. */
    static ComponentStore.Scope scopeOf(List<Action> actions) {
        return actions.contains(Action.CONFIRM_DELETE) || actions.contains(Action.KEEP_DATA)
                ? ComponentStore.Scope.DATA : ComponentStore.Scope.INTERVIEW;
    }

    /** A call Discord refused or that failed: counted for the platform-errors metric, then logged. */
    private static void platformError(Runnable log) {
        dev.loopcoach.core.metrics.Metrics.count(dev.loopcoach.core.metrics.Metrics.Counter.PLATFORM_ERRORS, "discord");
        log.run();
    }
}
