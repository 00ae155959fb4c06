package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.render.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an interview in a new private thread: acknowledges privately at once, asks the coach, and if
 * an interview really started opens a private thread under the channel, adds the candidate, posts the
 * question there and points the candidate to it. When the thread cannot be opened (no permission, a
 * channel kind without threads), the interview simply continues with private replies in the channel.
 */
public final class ThreadStarter {
    private static final Logger log = LoggerFactory.getLogger(ThreadStarter.class);
    static final String FALLBACK = "I couldn't open a private thread here (the bot may lack the Create Private Threads "
            + "permission), so your interview continues privately in this channel.";

    private final ReplySender sender;
    private final Executor executor;

    public ThreadStarter(ReplySender sender, Executor executor) {
        this.sender = sender;
        this.executor = executor;
    }

    /**
     * Defers, then starts the interview off the caller's thread; {@code whenSent} learns whether the interview's first
     * message reached Discord (thread or here). The command was kept in the inbox before the defer, so it is never
     * refused once deferred: when the workers' queue is full it is carried out on the caller's thread.
     */
    public void deferAndStart(IReplyCallback event, Supplier<ReplySender.Outcome> work, Consumer<Boolean> whenSent) {
        String userId = event.getUser().getId();
        InteractionHook hook = event.getHook();
        sender.afterDefer(event, true, () -> ReplySender.carryOut(executor, () -> start(event, hook, userId, work, whenSent)));
    }

    private void start(IReplyCallback event, InteractionHook hook, String userId, Supplier<ReplySender.Outcome> work,
                       Consumer<Boolean> whenSent) {
        ReplySender.Outcome outcome = sender.runGuarded(userId, work);
        if (outcome.reply().kind() != Reply.Kind.QUESTION) {
            sender.sendOutcome(hook, userId, true, outcome).thenAccept(whenSent);
            return;
        }
        ThreadChannel thread;
        try {
            thread = open(event);
        } catch (RuntimeException e) {
            log.warn("could not open a private interview thread in channel {}: {}", event.getChannelId(), e.toString());
            Reply note = Reply.info(FALLBACK).then(outcome.reply());
            sender.sendOutcome(hook, userId, true, new ReplySender.Outcome(
                    new Reply(outcome.reply().kind(), note.blocks(), outcome.reply().actions()), outcome.files(), outcome.draft()))
                    .thenAccept(whenSent);
            return;
        }
        List<MessageCreateData> messages = new ArrayList<>(sender.messages(userId, outcome));
        try {
            for (MessageCreateData m : messages) {
                thread.sendMessage(m).complete();
            }
        } catch (RuntimeException e) {
            log.warn("posting to interview thread {} failed: {}", thread.getId(), e.toString());
            sender.sendOutcome(hook, userId, true, outcome).thenAccept(whenSent);
            return;
        }
        whenSent.accept(true);
        hook.sendMessage(OutgoingMessage.markdown("Your mock interview is waiting in " + thread.getAsMention()
                + " (only you and the server's moderators can see it)."))
                .setEphemeral(true)
                .queue(null, e -> log.warn("pointer to thread {} failed: {}", thread.getId(), e.toString()));
    }

    private static ThreadChannel open(IReplyCallback event) {
        GuildChannel channel = event.getGuildChannel();
        if (channel.isDetached() || !(channel instanceof IThreadContainer container)) {
            throw new IllegalStateException("channel " + event.getChannelId() + " cannot hold threads");
        }
        String name = "Mock interview \u00b7 " + event.getUser().getName();
        ThreadChannel thread = container.createThreadChannel(name.length() > 100 ? name.substring(0, 100) : name, true)
                .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_24_HOURS)
                .setInvitable(false)
                .complete();
        thread.addThreadMember(event.getUser()).complete();
        return thread;
    }
}
