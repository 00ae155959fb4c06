package dev.loopcoach.discord.command;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.command.CoachCommand;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /coach question [type] [level] [lp] [id]}: one question with feedback; with {@code id}, exactly that bank question
 * (every question shows its id, so a candidate can come back to one).
 */
public final class QuestionSubcommand implements Subcommand {
    static final String ID = "id";
    /** The longest question id the bank allows. */
    private static final int ID_MAX = 40;

    private final CoachCall call;

    public QuestionSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("question", "One interview question with feedback on your answer")
                .addOptions(InterviewOptions.type(false), InterviewOptions.level(), InterviewOptions.lp(),
                        new OptionData(OptionType.STRING, ID, "A question's id, e.g. mx-01 (shown with every question) to practise it again")
                                .setMaxLength(ID_MAX));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        InterviewOptions.Parsed p = InterviewOptions.parse(event, false);
        if (p.problem().isPresent()) {
            CoachCall.refuse(event, p.problem().get());
            return;
        }
        Optional<String> idText = InterviewOptions.string(event, ID).map(v -> v.toLowerCase(Locale.ROOT));
        if (idText.isPresent() && !QuestionId.isValid(idText.get())) {
            CoachCall.refuse(event, "'" + idText.get() + "' is not a question id: ids are lower-case letters, digits and dashes, "
                    + "such as mx-01. Every question shows its id; leave the option empty for a question picked for you.");
            return;
        }
        call.runInterview(event, new CoachCommand.OneQuestion(p.type(), p.level(), p.lp(), idText.map(QuestionId::new)));
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(LpChoices.matching(event.getFocusedOption().getValue())).queue();
    }
}
