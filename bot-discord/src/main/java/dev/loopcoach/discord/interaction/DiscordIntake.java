package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.intake.Sweeper;
import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Discord's side of durable intake: a modal answer exists nowhere else once the modal closes, so it is kept in the
 * inbox before the interaction is deferred, and closed once every follow-up reached Discord. A sweep every few
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
        return new CoachCommand.SubmitAnswer(letter.text());
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
