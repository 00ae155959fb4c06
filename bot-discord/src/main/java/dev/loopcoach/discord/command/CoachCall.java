package dev.loopcoach.discord.command;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.interaction.InterviewPlace;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.interaction.ReplySender;
import dev.loopcoach.discord.interaction.ThreadStarter;
import dev.loopcoach.discord.render.OutgoingMessage;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/** What every command handler does in the end: hand one core command to the coach, or refuse politely. */
public final class CoachCall {
    private final Coach coach;
    private final ReplySender sender;
    private final InterviewPlace place;
    private final ThreadStarter threads;

    public CoachCall(Coach coach, ReplySender sender, InterviewPlace place, ThreadStarter threads) {
        this.coach = coach;
        this.sender = sender;
        this.place = place;
        this.threads = threads;
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

    /** Defers, runs the command off the gateway thread and sends the reply. */
    public void run(IReplyCallback event, CoachCommand command) {
        UserKey user = Privacy.user(event);
        sender.deferAndSend(event, Privacy.ephemeral(event), () -> ReplySender.Outcome.of(coach.handle(user, command)));
    }

    /** Answers with a reply that needs no coach work (help, built from the surface's own command names). */
    public void reply(IReplyCallback event, Reply reply) {
        sender.replyNow(event, Privacy.ephemeral(event), ReplySender.Outcome.of(reply));
    }

    /** Starts an interview where the server wants it: private replies here, or a new private thread. */
    public void runInterview(IReplyCallback event, CoachCommand command) {
        if (place.mode(event) == InterviewPlace.Mode.PRIVATE_THREAD) {
            UserKey user = Privacy.user(event);
            threads.deferAndStart(event, () -> ReplySender.Outcome.of(coach.handle(user, command)));
        } else {
            run(event, command);
        }
    }

    /** An immediate, private answer explaining why nothing was done. */
    public static void refuse(IReplyCallback event, String message) {
        event.reply(OutgoingMessage.text(message)).setEphemeral(true).queue();
    }
}
