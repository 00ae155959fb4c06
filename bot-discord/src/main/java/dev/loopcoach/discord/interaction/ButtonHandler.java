package dev.loopcoach.discord.interaction;

import dev.loopcoach.discord.command.CoachCall;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.discord.render.OutgoingMessage;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles every button: resolves its opaque id, refuses stale and foreign presses politely, opens the
 * answer modal as the initial response for Answer, and defers everything else to the coach.
 */
public final class ButtonHandler {
    private static final Logger log = LoggerFactory.getLogger(ButtonHandler.class);

    private final CoachCall call;
    private final ComponentStore components;
    private final ReplySender sender;

    public ButtonHandler(CoachCall call, ComponentStore components, ReplySender sender) {
        this.call = call;
        this.components = components;
        this.sender = sender;
    }

    public void handle(ButtonInteractionEvent event) {
        String userId = event.getUser().getId();
        ComponentStore.Lookup lookup = components.lookup(event.getComponentId());
        if (!(lookup instanceof ComponentStore.Found found)) {
            log.debug("stale button {} pressed by {}", event.getComponentId(), userId);
            event.reply(OutgoingMessage.text(Notices.STALE)).setEphemeral(true).queue();
            return;
        }
        ComponentStore.Ticket ticket = found.ticket();
        if (!ticket.userId().equals(userId)) {
            log.debug("user {} pressed a button of user {}", userId, ticket.userId());
            event.reply(OutgoingMessage.text(Notices.FOREIGN)).setEphemeral(true).queue();
            return;
        }
        if (!(ticket.pending() instanceof ComponentStore.ButtonPress press)) {
            event.reply(OutgoingMessage.text(Notices.STALE)).setEphemeral(true).queue();
            return;
        }
        log.debug("button {} ({}) by user {}", found.customId(), press.action(), userId);
        if (press.action() == Action.ANSWER) {
            String modalId = components.issueForm(userId, new ComponentStore.AnswerForm(ticket.generation(), press.offered()));
            event.replyModal(AnswerModal.create(modalId, press.draft())).queue();
            return;
        }
        if (!components.claim(userId, ticket.scope(), ticket.generation())) {
            event.reply(OutgoingMessage.text(Notices.STALE)).setEphemeral(true).queue();
            return;
        }
        boolean ephemeral = Privacy.ephemeral(event);
        Optional<CoachCommand> command = ActionCommands.of(press.action());
        if (command.isEmpty()) {
            event.reply(OutgoingMessage.text(Notices.KEPT)).setEphemeral(ephemeral).queue();
            return;
        }
        call.run(event, command.get(), ephemeral);
    }
}
