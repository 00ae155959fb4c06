package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.reply.Reply;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach help}: the core's help (named as typed on the console), then how the commands are spelled in Discord. */
public final class HelpSubcommand implements Subcommand {
    static final Reply DISCORD_HELP = Reply.builder(Reply.Kind.INFO)
            .heading("In Discord")
            .bullets("", List.of(
                    "Every command except /mockinterview is a /coach subcommand: /coach question, /coach lp, /coach progress, "
                            + "/coach stories, /coach story-add, /coach resume, /coach mydata-export ...",
                    "/coach question id:mx-01 asks that question again: every question shows its id under \"Question id\", "
                            + "and the interview summary lists them.",
                    "Answer with the Answer button; Hint, Skip and End are buttons too."))
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
        call.runThen(event, new CoachCommand.Help(), DISCORD_HELP);
    }
}
