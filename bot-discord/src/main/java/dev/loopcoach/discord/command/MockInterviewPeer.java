package dev.loopcoach.discord.command;

import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.together.PeerMock;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.peer.PeerRunner;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mockinterview type: Peer mock [level] [when] [cancel]}: asks the coach to pair the member with another member
 * of the server for a peer mock interview, or takes them off the list. Discord cannot mix subcommands with the options
 * /mockinterview already has, so the core's {@code /mockinterview peer} is a choice of its type option.
 */
final class MockInterviewPeer {
    private static final Logger log = LoggerFactory.getLogger(MockInterviewPeer.class);
    static final String PEER = "peer";
    static final String WHEN = "when";
    static final String CANCEL = "cancel";
    static final String ONLY_IN_SERVERS = "Peer mock interviews pair you with another member of a server, so ask from a "
            + "channel of a server where Loop Coach is.";
    static final String PEER_OPTIONS = "A peer mock takes only the level and when options (or cancel); lp and timed are for "
            + "practice with the coach. Nothing was changed.";
    static final String ONLY_PEER = "The when and cancel options are for peer mocks: choose type: Peer mock. Nothing was "
            + "started.";

    private final PeerRunner runner;

    MockInterviewPeer(PeerRunner runner) {
        this.runner = runner;
    }

    static OptionData when() {
        OptionData o = new OptionData(OptionType.STRING, WHEN, "Peer mock: when you're free (default: today)");
        o.addChoice("Within the hour", Window.NOW.key());
        o.addChoice("Today", Window.TODAY.key());
        o.addChoice("This week", Window.WEEK.key());
        return o;
    }

    static OptionData cancel() {
        return new OptionData(OptionType.BOOLEAN, CANCEL, "Peer mock: take me off the list, or end my peer mock");
    }

    /** Whether the member used an option only peer mocks have. */
    static boolean usesPeerOptions(SlashCommandInteractionEvent event) {
        return event.getOption(WHEN) != null || event.getOption(CANCEL) != null;
    }

    void execute(SlashCommandInteractionEvent event) {
        if (!runner.available()) {
            CoachCall.refuse(event, PeerRunner.NOT_AVAILABLE);
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null) {
            CoachCall.refuse(event, ONLY_IN_SERVERS);
            return;
        }
        if (event.getOption(InterviewOptions.LP) != null || event.getOption(MockInterviewCommand.TIMED) != null) {
            CoachCall.refuse(event, PEER_OPTIONS);
            return;
        }
        OptionMapping cancel = event.getOption(CANCEL);
        String typed = cancel != null && cancel.getAsBoolean() ? "cancel"
                : InterviewOptions.string(event, InterviewOptions.LEVEL).orElse("") + " "
                        + InterviewOptions.string(event, WHEN).orElse("");
        PeerMock.Request request = runner.parse(typed);
        if (request instanceof PeerMock.Request.Invalid invalid) {
            runner.refuse(event, invalid.why());
            return;
        }
        Community community = new Community(Privacy.PLATFORM, event.getGuild().getId());
        UserKey user = Privacy.user(event);
        if (request instanceof PeerMock.Request.Offer offer) {
            Member member = event.getMember();
            String name = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
            String place = place(event);
            log.debug("peer mock asked by user {} in guild {} channel {}", user.userId(), community.id(), place);
            runner.run(event, "", p -> p.ask(community, user, name, offer.level(), offer.window(), place));
        } else {
            runner.run(event, "", p -> p.cancel(community, user));
        }
    }

    /** Where a pair's private thread can be opened: the channel, or a thread's parent (threads hold no threads). */
    private static String place(SlashCommandInteractionEvent event) {
        try {
            if (event.getGuildChannel() instanceof ThreadChannel thread) {
                return thread.getParentChannel().getId();
            }
        } catch (RuntimeException e) {
            log.debug("no parent channel for thread {}: {}", event.getChannelId(), e.toString());
        }
        return event.getChannelId();
    }
}
