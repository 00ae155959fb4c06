package dev.loopcoach.discord.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** A top-level command made of subcommands ({@code /coach ...}, {@code /coach-server ...}); it only dispatches. */
public final class CoachRootCommand implements SlashCommand {
    private final String name;
    private final String description;
    private final boolean guildOnly;
    private final DefaultMemberPermissions permissions;
    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final Map<String, Subcommand> unlisted = new LinkedHashMap<>();

    public CoachRootCommand(String name, String description, boolean guildOnly, DefaultMemberPermissions permissions,
            List<Subcommand> subcommands) {
        this.name = name;
        this.description = description;
        this.guildOnly = guildOnly;
        this.permissions = permissions;
        for (Subcommand s : subcommands) {
            if (this.subcommands.put(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate subcommand " + s.name());
            }
        }
    }

    /**
     * Also answers these subcommands without registering them here, e.g. {@code /coach daily-set} from a
     * client that still shows an older command list. They keep their own permission checks.
     */
    public CoachRootCommand alsoAnswering(List<Subcommand> more) {
        more.forEach(s -> unlisted.putIfAbsent(s.name(), s));
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SlashCommandData definition() {
        SlashCommandData data = Commands.slash(name, description)
                .setDefaultPermissions(permissions)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        data.setContexts(guildOnly ? List.of(InteractionContextType.GUILD)
                : List.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        subcommands.values().forEach(s -> data.addSubcommands(s.definition()));
        return data;
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        Subcommand s = find(event.getSubcommandName());
        if (s == null) {
            CoachCall.refuse(event, "I don't know that one. Try /coach help for everything I can do.");
            return;
        }
        s.execute(event);
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        Subcommand s = find(event.getSubcommandName());
        if (s == null) {
            event.replyChoices(List.of()).queue();
        } else {
            s.autocomplete(event);
        }
    }

    private Subcommand find(String subcommand) {
        if (subcommand == null) {
            return null;
        }
        Subcommand s = subcommands.get(subcommand);
        return s != null ? s : unlisted.get(subcommand);
    }
}
