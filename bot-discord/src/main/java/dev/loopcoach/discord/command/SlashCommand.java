package dev.loopcoach.discord.command;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** One top-level slash command: its definition for registration and its handler. */
public interface SlashCommand {

    SlashCommandData definition();

    default String name() {
        return definition().getName();
    }

    /** Runs on the gateway thread: must acknowledge quickly (reply, modal or defer) and hand slow work off. */
    void execute(SlashCommandInteractionEvent event);

    default void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(List.of()).queue();
    }
}
