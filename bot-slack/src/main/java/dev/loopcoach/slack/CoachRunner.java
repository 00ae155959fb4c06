package dev.loopcoach.slack;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.web.ReplySender;
import dev.loopcoach.slack.web.ReplyTarget;
import dev.loopcoach.slack.web.SlackCallException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path from a Slack request to the core and back: after the ack, on the user's work queue, call
 * {@link Coach#handle} and deliver the reply. A bug in the core becomes a friendly message and an error
 * log; a refused Slack call is logged as a warning.
 */
public final class CoachRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CoachRunner.class);
    static final String SORRY = "Sorry, something went wrong on my side and nothing was changed. Please try again.";

    private final Coach coach;
    private final ReplySender sender;
    private final UserWork work;
    private final java.util.function.Consumer<UserKey> beforeCommand;

    public CoachRunner(Coach coach, ReplySender sender, UserWork work) {
        this(coach, sender, work, user -> { });
    }

    /** @param beforeCommand runs before each command of a user (the Slack profile's time zone is adopted there) */
    public CoachRunner(Coach coach, ReplySender sender, UserWork work, java.util.function.Consumer<UserKey> beforeCommand) {
        this.coach = coach;
        this.sender = sender;
        this.work = work;
        this.beforeCommand = beforeCommand;
    }

    public static final String BUSY = "Loop Coach is very busy right now, so nothing was done. Please try again in a minute.";

    /** Queues the command for the user and sends the reply to {@code target}; a full queue gets "busy" at once. */
    public CompletableFuture<Void> runLater(UserKey user, CoachCommand command, ReplyTarget target) {
        return later(user, command.getClass().getSimpleName(), target, () -> send(target, handle(user, command)));
    }

    /**
     * Queues any work in the user's order (messages of one user never overtake each other). When the queue is full
     * the work is not done and the refusal is logged; callers that owe someone an answer use the overload with a
     * target, which tells them to retry.
     */
    public CompletableFuture<Void> later(UserKey user, String what, Runnable task) {
        try {
            return work.submit(user.toString(), what, task);
        } catch (UserWork.Busy e) {
            LOG.warn("work queue full: '{}' for {} not done", what, user);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Like {@link #later(UserKey, String, Runnable)} for work nobody waits for now (it yields to commands). */
    public CompletableFuture<Void> laterInBackground(UserKey user, String what, Runnable task) {
        try {
            return work.submit(user.toString(), what, UserWork.Urgency.BACKGROUND, task);
        } catch (UserWork.Busy e) {
            LOG.warn("work queue full: '{}' for {} not done", what, user);
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Whether the work queue can take a command now. A command is refused in its acknowledgement when it cannot, so
     * nothing acknowledged is refused afterwards for lack of room.
     */
    public boolean hasRoom() {
        return work.hasRoom();
    }

    /** Like {@link #later(UserKey, String, Runnable)}, but a full queue tells {@code busyTarget} to try again. */
    public CompletableFuture<Void> later(UserKey user, String what, ReplyTarget busyTarget, Runnable task) {
        return later(user, what, busyTarget, task, () -> { });
    }

    /** As above; {@code refused} runs when the queue was full and the task will never run (e.g. to close its letter). */
    public CompletableFuture<Void> later(UserKey user, String what, ReplyTarget busyTarget, Runnable task, Runnable refused) {
        try {
            return work.submit(user.toString(), what, task);
        } catch (UserWork.Busy e) {
            LOG.warn("work queue full: told {} to retry '{}'", user, what);
            return CompletableFuture.runAsync(() -> {
                refused.run();
                send(busyTarget, Reply.error(BUSY));
            });
        }
    }

    /**
     * Does a small piece of state-changing work (a setting) before Slack is acknowledged, so what is acknowledged is
     * already written; returns what to say in the ack ({@link dev.loopcoach.core.intake.BeforeAck#setting}). Never throws.
     */
    public String beforeAck(java.util.function.Supplier<Reply> work) {
        return beforeAckReply(work).plainText().strip();
    }

    /** As {@link #beforeAck}, keeping the reply whole (to send it after the ack, formatted). */
    public Reply beforeAckReply(java.util.function.Supplier<Reply> work) {
        return dev.loopcoach.core.intake.BeforeAck.setting(work);
    }

    /** Runs what must happen before each command of a user (adopting their Slack time zone); never throws. */
    public void prepare(UserKey user) {
        try {
            beforeCommand.accept(user);
        } catch (RuntimeException e) {
            LOG.warn("preparing a command for {} failed: {}", user, e.toString());
        }
    }

    /** Calls the core; never throws. */
    public Reply handle(UserKey user, CoachCommand command) {
        LOG.debug("{} -> {}", user, command.getClass().getSimpleName());
        try {
            beforeCommand.accept(user);
            return coach.handle(user, command);
        } catch (RuntimeException e) {
            LOG.error("Coach failed on {} for {}", command.getClass().getSimpleName(), user, e);
            return Reply.error(SORRY);
        }
    }

    /** Sends a reply; a refusal by Slack is logged, not thrown. Returns the target actually used. */
    public ReplyTarget send(ReplyTarget target, Reply reply) {
        try {
            return sender.send(target, reply);
        } catch (SlackCallException e) {
            LOG.warn("Could not deliver a reply to {}: {}", describe(target), e.getMessage());
            return target;
        }
    }

    /** Sends a reply; false (and a warning) when Slack refused it, so the caller can try again later. */
    public boolean deliver(ReplyTarget target, Reply reply) {
        try {
            sender.send(target, reply);
            return true;
        } catch (SlackCallException e) {
            LOG.warn("Could not deliver a reply to {}: {}", describe(target), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            LOG.warn("Could not deliver a reply to {}: {}", describe(target), e.toString());
            return false;
        }
    }

    private static String describe(ReplyTarget t) {
        if (t instanceof ReplyTarget.Conversation c) {
            return "conversation " + c.channel();
        }
        return "a response_url";
    }
}
