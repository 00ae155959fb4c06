package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach question [type] [level] [lp]}: one question with feedback. */
public final class QuestionSubcommand implements Subcommand {
    private final CoachCall call;

    public QuestionSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("question", "One interview question with feedback on your answer")
                .addOptions(InterviewOptions.type(false), InterviewOptions.level(), InterviewOptions.lp());
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        InterviewOptions.Parsed p = InterviewOptions.parse(event, false);
        if (p.problem().isPresent()) {
            CoachCall.refuse(event, p.problem().get());
            return;
        }
        call.runInterview(event, new CoachCommand.OneQuestion(p.type(), p.level(), p.lp()));
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(LpChoices.matching(event.getFocusedOption().getValue())).queue();
    }
}
