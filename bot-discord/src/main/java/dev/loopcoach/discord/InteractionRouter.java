package dev.loopcoach.discord;

import dev.loopcoach.discord.command.CoachCall;
import dev.loopcoach.discord.command.SlashCommand;
import dev.loopcoach.discord.daily.DailyComponent;
import dev.loopcoach.discord.daily.DailyThreadHandler;
import dev.loopcoach.discord.interaction.ButtonHandler;
import dev.loopcoach.discord.interaction.ModalHandler;
import dev.loopcoach.discord.interaction.Notices;
import dev.loopcoach.discord.interaction.RateLimiter;
import dev.loopcoach.discord.peer.PeerHandler;
import dev.loopcoach.discord.render.OutgoingMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JDA listener for interactions: applies the per-user rate limit and hands each interaction to
 * its handler (slash commands by name, buttons and modals by their ids: peer mocks' {@code lcp:} ids to the
 * peer handler, the daily question's own {@code lcd:} ids to the daily handler when one is connected, all
 * others to the practice handlers). Any
 * bug in a handler still gets the person a polite answer instead of Discord's "interaction failed".
 */
final class InteractionRouter extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionRouter.class);
    private static final String OOPS = "Sorry, something went wrong on our side. Please try again.";

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final ButtonHandler buttons;
    private final ModalHandler modals;
    private final Optional<DailyThreadHandler> daily;
    private final PeerHandler peers;
    private final RateLimiter limiter;

    InteractionRouter(List<SlashCommand> commands, ButtonHandler buttons, ModalHandler modals, Optional<DailyThreadHandler> daily,
            PeerHandler peers, RateLimiter limiter) {
        for (SlashCommand c : commands) {
            if (this.commands.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate command " + c.name());
            }
        }
        this.buttons = buttons;
        this.modals = modals;
        this.daily = daily;
        this.peers = peers;
        this.limiter = limiter;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        log.debug("slash /{} {} by user {} (interaction {})", event.getName(), event.getSubcommandName(),
                event.getUser().getId(), event.getId());
        if (!allowed(event)) {
            return;
        }
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            CoachCall.refuse(event, "I don't know /" + event.getName() + ". Try /coach help.");
            return;
        }
        guard(event, () -> command.execute(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        try {
            if (command == null) {
                event.replyChoices(List.of()).queue();
            } else {
                command.autocomplete(event);
            }
        } catch (RuntimeException e) {
            log.error("autocomplete for /{} failed", event.getName(), e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!allowed(event)) {
            return;
        }
        if (PeerHandler.handles(event.getComponentId())) {
            guard(event, () -> peers.onButton(event));
        } else if (daily.isPresent() && DailyComponent.isDaily(event.getComponentId())) {
            guard(event, () -> daily.get().onButton(event));
        } else {
            guard(event, () -> buttons.handle(event));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        // A submitted form is never refused by the rate limit: refusing would throw the person's text away.
        if (PeerHandler.handles(event.getModalId())) {
            guard(event, () -> peers.onModal(event));
        } else if (daily.isPresent() && DailyComponent.isDaily(event.getModalId())) {
            guard(event, () -> daily.get().onModal(event));
        } else {
            guard(event, () -> modals.handle(event));
        }
    }

    private boolean allowed(IReplyCallback event) {
        RateLimiter.Decision d = limiter.tryAcquire(event.getUser().getId());
        if (!d.allowed()) {
            log.debug("rate limited user {} for {}s", event.getUser().getId(), d.retrySeconds());
            event.reply(OutgoingMessage.text(Notices.slowDown(d.retrySeconds()))).setEphemeral(true).queue();
        }
        return d.allowed();
    }

    private static void guard(IReplyCallback event, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            log.error("handler failed for interaction {}", event.getId(), e);
            if (!event.isAcknowledged()) {
                event.reply(OutgoingMessage.text(OOPS)).setEphemeral(true).queue();
            }
        }
    }
}
