package dev.loopcoach.discord.command;

import dev.loopcoach.core.help.HelpText;
import dev.loopcoach.core.reply.Reply;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach help}: help in Discord's own spelling ({@link DiscordNames}): subcommands, options and buttons. */
public final class HelpSubcommand implements Subcommand {
    static final Reply DISCORD_NOTES = Reply.builder(Reply.Kind.INFO)
            .paragraph("Answer with the Answer button; every question shows its id, which /coach question id: asks again.")
            .build();

    private final CoachCall call;

    public HelpSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("help", "Everything Loop Coach can do");
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.reply(event, HelpText.reply(new DiscordNames()).then(DISCORD_NOTES));
    }
}
