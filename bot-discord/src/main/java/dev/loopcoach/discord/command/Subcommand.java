package dev.loopcoach.discord.command;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** One subcommand of a grouped command such as /coach. */
public interface Subcommand {

    SubcommandData definition();

    default String name() {
        return definition().getName();
    }

    void execute(SlashCommandInteractionEvent event);

    default void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(List.of()).queue();
    }
}
