package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.intake.Sweeper;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Discord's side of durable intake: a modal answer exists nowhere else once the modal closes, so it is kept in the
 * inbox before the interaction is deferred, and closed once every follow-up reached Discord; so is every other command
 * that changes state (starting an interview, a button's Skip, a story, a setting). A sweep every few
 * seconds finishes answers left open by a process that died and replies in the person's DMs (the interaction token
 * may have expired by then).
 */
public final class DiscordIntake implements AutoCloseable {
    static final String PLATFORM = "discord";
    static final Duration SWEEP_EVERY = Duration.ofSeconds(5);
    static final String TAKEN_OVER = "Your answer was already handled; my reply is in your direct messages.";

    private final Intake intake;
    private final ReplySender sender;
    private volatile Sweeper sweeper;
    private volatile ShardManager shards;

    public DiscordIntake(Intake intake, ReplySender sender) {
        this.intake = intake;
        this.sender = sender;
    }

    /** Starts sweeping once the shards exist (late replies go out through them); the first sweep runs at once. */
    public void start(ShardManager shards) {
        this.shards = shards;
        sweeper = Sweeper.every("discord-inbox-sweep", SWEEP_EVERY, this::sweep);
    }

    Inbox.Letter answer(String interactionId, UserKey user, String text, String discordUserId) {
        return intake.letter(PLATFORM, interactionId, user, Inbox.Kind.ANSWER, text, discordUserId);
    }

    Intake.Receipt keep(Inbox.Letter letter) {
        return intake.keep(letter);
    }

    Intake.Outcome handle(Inbox.Letter letter) {
        return intake.handle(letter, command(letter));
    }

    void done(Inbox.Letter letter) {
        intake.done(letter);
    }

    private static CoachCommand command(Inbox.Letter letter) {
        return Intake.commandOf(letter, CoachCommand.SubmitAnswer::new);
    }

    /**
     * Keeps a state-changing command before its interaction is deferred, so a process that dies after the defer still
     * carries it out (and the sweep replies in the person's DMs). Discord never re-sends an interaction, so the letter
     * gets an id of its own. Empty when the store could not take it: the caller then says nothing was done.
     */
    public java.util.Optional<Kept> keep(IReplyCallback event, UserKey user, CoachCommand command) {
        Inbox.Letter letter = intake.command(PLATFORM, "cmd-" + java.util.UUID.randomUUID(), user, command,
                event.getUser().getId());
        return intake.keep(letter) == Intake.Receipt.KEPT ? java.util.Optional.of(new Kept(letter)) : java.util.Optional.empty();
    }

    /** A kept command: {@link #work} runs it once (unless a sweep took it over), {@link #sent} closes it once replied. */
    public final class Kept {
        private final Inbox.Letter letter;
        private final java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();

        private Kept(Inbox.Letter letter) {
            this.letter = letter;
        }

        public ReplySender.Outcome work() {
            Intake.Outcome outcome = intake.handle(letter, command(letter));
            if (outcome instanceof Intake.Outcome.Held) {
                return ReplySender.Outcome.of(held());
            }
            if (outcome instanceof Intake.Outcome.TakenOver) {
                return ReplySender.Outcome.of(Reply.info(TAKEN_OVER));
            }
            answered.set(true);
            return ReplySender.Outcome.of(((Intake.Outcome.Answered) outcome).reply());
        }

        /** Whether every message of the reply reached Discord: only then is the letter closed. */
        public void sent(boolean allSent) {
            if (allSent && answered.get()) {
                intake.done(letter);
            }
        }
    }

    /** One pass: finishes stale letters and replies to each in the person's DMs; an undelivered reply stays open. */
    void sweep() {
        ShardManager s = shards;
        if (s == null) {
            return;
        }
        for (Intake.Replayed r : intake.sweep(PLATFORM, DiscordIntake::command)) {
            sender.sendDirect(s, r.letter().replyTo(), ReplySender.Outcome.of(r.reply())).thenAccept(sent -> {
                if (sent) {
                    intake.done(r.letter());
                }
            });
        }
    }

    static Reply held() {
        return Reply.info(Intake.HELD);
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.close();
        }
    }
}
