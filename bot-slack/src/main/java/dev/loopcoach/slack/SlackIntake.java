package dev.loopcoach.slack;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.CommandEffect;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.intake.Sweeper;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.event.MessageEventListener;
import dev.loopcoach.slack.web.ReplyTarget;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Slack's side of durable intake: answers (typed in the DM or sent from the modal) are kept in the inbox before Slack
 * is acknowledged, worked on the user's queue, and closed once the reply reached Slack. A sweep every few seconds
 * finishes letters left open by a process that died (or a reply Slack refused) and replies in the person's DM,
 * since a response_url may have expired by then.
 */
public final class SlackIntake implements AutoCloseable {
    static final String PLATFORM = "slack";
    static final Duration SWEEP_EVERY = Duration.ofSeconds(5);

    private final Intake intake;
    private final CoachRunner runner;
    private volatile Sweeper sweeper;

    public SlackIntake(Intake intake, CoachRunner runner) {
        this.intake = intake;
        this.runner = runner;
    }

    /** Starts sweeping: the first sweep runs at once, so a restart finishes what its predecessor left. */
    public SlackIntake start() {
        sweeper = Sweeper.every("slack-inbox-sweep", SWEEP_EVERY, this::sweep);
        return this;
    }

    /** A letter received now; {@code slackUserId} is where a late reply goes (their DM with the bot). */
    public Inbox.Letter letter(String deliveryId, UserKey user, Inbox.Kind kind, String text, String slackUserId) {
        return intake.letter(PLATFORM, deliveryId, user, kind, text, slackUserId);
    }

    /** Writes the letter down; only a {@code KEPT} letter may be acknowledged and then given to {@link #work}. */
    public Intake.Receipt keep(Inbox.Letter letter) {
        return intake.keep(letter);
    }

    /**
     * Handles a kept letter on its user's queue and replies to {@code target}; {@code shape} may adjust the reply
     * (e.g. quote a refused modal answer back). A letter whose reply Slack refused stays open for the sweep.
     */
    public void work(Inbox.Letter letter, ReplyTarget target, UnaryOperator<Reply> shape) {
        workThen(letter, target, reply -> runner.deliver(target, shape.apply(reply)));
    }

    /** As above; {@code deliver} sends the reply somewhere of its own and says whether Slack took it. */
    public void workThen(Inbox.Letter letter, ReplyTarget busyTarget, Predicate<Reply> deliver) {
        runner.later(letter.user(), letter.kind().name().toLowerCase(java.util.Locale.ROOT), busyTarget, () -> {
            runner.prepare(letter.user());
            Intake.Outcome outcome = intake.handle(letter, command(letter));
            if (outcome instanceof Intake.Outcome.Answered a) {
                if (deliver.test(a.reply())) {
                    intake.done(letter);
                }
            } else if (outcome instanceof Intake.Outcome.Held) {
                runner.deliver(busyTarget, Reply.info(Intake.HELD));
            }
        }, () -> intake.done(letter));
    }

    /**
     * Runs a person's command. One that changes state ({@link CommandEffect}) is kept in the inbox before the caller
     * acknowledges Slack, so a process that dies after the ack still carries it out; one that only reads is simply
     * queued. An {@code UNAVAILABLE} receipt means nothing was done: the caller's acknowledgement must say so.
     * Slack never re-sends a slash command or a click, so the letter gets an id of its own (a trigger id is no key:
     * it is not documented as unique across users).
     */
    public Intake.Receipt run(UserKey user, CoachCommand command, String slackUserId, ReplyTarget target) {
        return run(user, command, slackUserId, target, reply -> runner.deliver(target, reply));
    }

    /** As above, with the reply delivered by {@code deliver} (e.g. replacing the clicked message). */
    public Intake.Receipt run(UserKey user, CoachCommand command, String slackUserId,
                              ReplyTarget busyTarget, Predicate<Reply> deliver) {
        if (!CommandEffect.of(command).changesState()) {
            runner.later(user, command.getClass().getSimpleName(), busyTarget,
                    () -> deliver.test(runner.handle(user, command)));
            return Intake.Receipt.KEPT;
        }
        Inbox.Letter letter = intake.command(PLATFORM, "cmd-" + java.util.UUID.randomUUID(), user, command, slackUserId);
        Intake.Receipt receipt = intake.keep(letter);
        if (receipt == Intake.Receipt.KEPT) {
            workThen(letter, busyTarget, deliver);
        }
        return receipt;
    }

    /** The command a letter stands for: the modal's text is an answer; a DM may also be a control word. */
    static CoachCommand command(Inbox.Letter letter) {
        return Intake.commandOf(letter, text -> MessageEventListener.dmCommand(text.strip()));
    }

    /** One pass: finishes stale letters and replies to each in the person's DM. */
    void sweep() {
        for (Intake.Replayed r : intake.sweep(PLATFORM, SlackIntake::command)) {
            ReplyTarget dm = ReplyTarget.directMessage(r.letter().replyTo(), Optional.empty());
            runner.later(r.letter().user(), "late reply", () -> {
                if (runner.deliver(dm, r.reply())) {
                    intake.done(r.letter());
                }
            });
        }
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.close();
        }
    }
}
