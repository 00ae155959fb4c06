package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** A subcommand without options that always sends the same core command (progress, stories, help, ...). */
public final class FixedSubcommand implements Subcommand {
    private final String name;
    private final String description;
    private final CoachCommand command;
    private final CoachCall call;

    public FixedSubcommand(String name, String description, CoachCommand command, CoachCall call) {
        this.name = name;
        this.description = description;
        this.command = command;
        this.call = call;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData(name, description);
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, command);
    }
}
