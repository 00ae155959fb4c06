package dev.loopcoach.discord.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.command.CoachCommand;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /mockinterview [type] [level] [lp] [timed]}: starts a practice interview, a writing exercise or a full loop; with
 * {@code type: Peer mock} (and {@code when}, {@code cancel}) it asks for a peer mock with another member instead.
 */
public final class MockInterviewCommand implements SlashCommand {
    public static final String NAME = "mockinterview";
    static final String TIMED = "timed";
    static final String PEER_CHOICE = "Peer mock with another member of this server";
    private final CoachCall call;
    private final MockInterviewPeer peer;

    public MockInterviewCommand(CoachCall call, dev.loopcoach.discord.peer.PeerRunner peers) {
        this.call = call;
        this.peer = new MockInterviewPeer(peers);
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(NAME, "Practise an Amazon PM interview: questions, feedback and follow-ups")
                .addOptions(InterviewOptions.type(true).addChoice(PEER_CHOICE, MockInterviewPeer.PEER), InterviewOptions.level(),
                        InterviewOptions.lp(),
                        new net.dv8tion.jda.api.interactions.commands.build.OptionData(
                                net.dv8tion.jda.api.interactions.commands.OptionType.BOOLEAN, TIMED,
                                "Give each answer a two-minute target and say how long it took"),
                        MockInterviewPeer.when(), MockInterviewPeer.cancel())
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        if (InterviewOptions.string(event, InterviewOptions.TYPE).filter(MockInterviewPeer.PEER::equals).isPresent()) {
            peer.execute(event);
            return;
        }
        if (MockInterviewPeer.usesPeerOptions(event)) {
            CoachCall.refuse(event, MockInterviewPeer.ONLY_PEER);
            return;
        }
        InterviewOptions.Parsed p = InterviewOptions.parse(event, true);
        if (p.problem().isPresent()) {
            CoachCall.refuse(event, p.problem().get());
            return;
        }
        CoachCommand command;
        if (p.isLoop()) {
            command = new CoachCommand.StartLoop(p.level());
        } else if (p.type().filter(Category.WRITING::equals).isPresent()) {
            command = new CoachCommand.StartWriting(Optional.empty());
        } else {
            net.dv8tion.jda.api.interactions.commands.OptionMapping timed = event.getOption(TIMED);
            command = new CoachCommand.StartInterview(p.type(), p.level(), p.lp(), timed != null && timed.getAsBoolean());
        }
        call.runInterview(event, command);
    }

    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        event.replyChoices(LpChoices.matching(event.getFocusedOption().getValue())).queue();
    }
}
