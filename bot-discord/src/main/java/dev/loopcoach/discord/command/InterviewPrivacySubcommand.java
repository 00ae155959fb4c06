package dev.loopcoach.discord.command;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.interaction.InterviewPlace;
import dev.loopcoach.discord.interaction.ReplySender;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach-server interview-privacy mode}: private replies in the channel, or a private thread per interview. */
public final class InterviewPrivacySubcommand implements Subcommand {
    static final String NOT_AVAILABLE = "This bot has no settings storage connected, so interviews always use private "
            + "replies in the channel. Nothing was changed.";
    private final CoachCall call;

    public InterviewPrivacySubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        OptionData mode = new OptionData(OptionType.STRING, "mode", "Where interviews happen in this server", true);
        for (InterviewPlace.Mode m : InterviewPlace.Mode.values()) {
            mode.addChoice(m.label(), m.key());
        }
        return new SubcommandData("interview-privacy", "Run interviews as private replies or in a private thread each")
                .addOptions(mode);
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        if (!AdminCheck.ensureAdmin(event)) {
            return;
        }
        Optional<InterviewPlace.Mode> mode = InterviewOptions.string(event, "mode").flatMap(InterviewPlace.Mode::parse);
        if (mode.isEmpty()) {
            CoachCall.refuse(event, "Pick one of: ephemeral (private replies) or private-thread.");
            return;
        }
        InterviewPlace place = call.place();
        if (!place.configurable()) {
            CoachCall.refuse(event, NOT_AVAILABLE);
            return;
        }
        String guildId = event.getGuild().getId();
        InterviewPlace.Mode chosen = mode.get();
        call.sender().deferAndSend(event, true, () -> {
            place.set(guildId, chosen);
            return ReplySender.Outcome.of(Reply.info(confirmation(chosen)));
        });
    }

    static String confirmation(InterviewPlace.Mode mode) {
        if (mode == InterviewPlace.Mode.PRIVATE_THREAD) {
            return "Done: each new interview in this server gets its own private thread under the channel where it starts. "
                    + "The bot needs the Create Private Threads and Send Messages in Threads permissions there; without them "
                    + "it falls back to private replies.";
        }
        return "Done: interviews in this server now use private replies that only the candidate sees.";
    }
}
