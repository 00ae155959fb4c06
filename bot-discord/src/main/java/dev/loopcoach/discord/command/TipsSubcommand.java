package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach tips [topic]}: handbook tips on resumes, thank-you notes, offers and common mistakes. */
public final class TipsSubcommand implements Subcommand {
    static final List<String> TOPICS = List.of("resume", "thank-you", "offer", "mistakes");
    private final CoachCall call;

    public TipsSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        OptionData topic = new OptionData(OptionType.STRING, "topic", "What the tips are about");
        topic.addChoice("Resume", "resume")
                .addChoice("Thank-you notes", "thank-you")
                .addChoice("The offer", "offer")
                .addChoice("Common mistakes", "mistakes");
        return new SubcommandData("tips", "Tips for the rest of the process: resume, thank-you notes, offer, mistakes")
                .addOptions(topic);
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        Optional<String> topic = InterviewOptions.string(event, "topic");
        call.run(event, new CoachCommand.Handbook("tips", topic));
    }
}
