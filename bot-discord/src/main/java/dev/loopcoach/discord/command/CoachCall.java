package dev.loopcoach.discord.command;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.CommandEffect;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.interaction.DiscordIntake;
import dev.loopcoach.discord.interaction.InterviewPlace;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.interaction.ReplySender;
import dev.loopcoach.discord.interaction.ThreadStarter;
import dev.loopcoach.discord.render.OutgoingMessage;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/** What every command handler does in the end: hand one core command to the coach, or refuse politely. */
public final class CoachCall {
    private final Coach coach;
    private final ReplySender sender;
    private final InterviewPlace place;
    private final ThreadStarter threads;
    private final DiscordIntake intake;
    private final dev.loopcoach.discord.interaction.BeforeDefer beforeDefer = new dev.loopcoach.discord.interaction.BeforeDefer();

    public CoachCall(Coach coach, ReplySender sender, InterviewPlace place, ThreadStarter threads, DiscordIntake intake) {
        this.coach = coach;
        this.sender = sender;
        this.place = place;
        this.threads = threads;
        this.intake = intake;
    }

    /** Where letters are written before their defer, per person (shared with typed answers so one person's order holds). */
    public dev.loopcoach.discord.interaction.BeforeDefer beforeDefer() {
        return beforeDefer;
    }

    public InterviewPlace place() {
        return place;
    }

    public Coach coach() {
        return coach;
    }

    public ReplySender sender() {
        return sender;
    }

    /**
     * Defers, runs the command off the gateway thread and sends the reply. A command that changes state is first kept
     * in the inbox (see {@link DiscordIntake#keep}); one that could not be kept is refused, with nothing done.
     */
    public void run(IReplyCallback event, CoachCommand command) {
        run(event, command, Privacy.ephemeral(event));
    }

    /** As above, private or not as the caller decided. */
    public void run(IReplyCallback event, CoachCommand command, boolean ephemeral) {
        run(event, command, ephemeral, "");
    }

    /**
     * As above, for text typed into a modal, which exists nowhere else once the modal closed: when the command could
     * not be kept or failed, {@code typed} is quoted back under the reason so the person can send it again.
     */
    public void run(IReplyCallback event, CoachCommand command, boolean ephemeral, String typed) {
        UserKey user = Privacy.user(event);
        if (!CommandEffect.of(command).changesState()) {
            sender.deferAndSend(event, ephemeral, () -> ReplySender.Outcome.of(coach.handle(user, command)));
            return;
        }
        // the letter is written before the defer (a deferred command survives SIGKILL), but not on the gateway thread
        beforeDefer.run(user.userId(), () -> {
            if (!sender.hasRoom()) {
                sender.busyNow(event, ephemeral); // said before any acknowledgement: nothing was written or deferred
                return;
            }
            Optional<DiscordIntake.Kept> kept = intake.keep(event, user, command);
            if (kept.isEmpty()) {
                sender.replyNow(event, ephemeral, ReplySender.Outcome.of(withTyped(Reply.error(Intake.COMMAND_NOT_TAKEN),
                        typed)));
                return;
            }
            sender.deferAndSend(event, ephemeral, () -> {
                ReplySender.Outcome o = kept.get().work();
                return o.reply().kind() == Reply.Kind.ERROR
                        ? new ReplySender.Outcome(withTyped(o.reply(), typed), o.files(), o.draft()) : o;
            }, kept.get()::sent);
        });
    }

    private static Reply withTyped(Reply reply, String typed) {
        if (typed.isBlank()) {
            return reply;
        }
        Reply kept = Reply.builder(Reply.Kind.ERROR).blocks(reply.blocks())
                .paragraph("What you typed, so nothing is lost:").quote(typed).build();
        return new Reply(Reply.Kind.ERROR, kept.blocks(), reply.actions());
    }

    /** Answers with a reply that needs no coach work (help, built from the surface's own command names). */
    public void reply(IReplyCallback event, Reply reply) {
        sender.replyNow(event, Privacy.ephemeral(event), ReplySender.Outcome.of(reply));
    }

    /** Starts an interview where the server wants it: private replies here, or a new private thread. */
    public void runInterview(IReplyCallback event, CoachCommand command) {
        if (place.mode(event) == InterviewPlace.Mode.PRIVATE_THREAD) {
            UserKey user = Privacy.user(event);
            beforeDefer.run(user.userId(), () -> {
                if (!sender.hasRoom()) {
                    sender.busyNow(event, true);
                    return;
                }
                Optional<DiscordIntake.Kept> kept = intake.keep(event, user, command);
                if (kept.isEmpty()) {
                    refuse(event, Intake.COMMAND_NOT_TAKEN);
                    return;
                }
                threads.deferAndStart(event, kept.get()::work, kept.get()::sent);
            });
        } else {
            run(event, command);
        }
    }

    /** An immediate, private answer explaining why nothing was done. */
    public static void refuse(IReplyCallback event, String message) {
        event.reply(OutgoingMessage.text(message)).setEphemeral(true).queue();
    }
}
