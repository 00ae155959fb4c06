package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.slack.CoachRunner;

/**
 * {@code /mockinterview [type] [level] [lp]} (also {@code loop [level]} and {@code writing}): a private
 * practice in the direct message with the bot; if Slack refuses the direct message (the app's Messages
 * tab is off), the practice runs in ephemeral replies instead. {@code /mockinterview peer ...} is a peer mock
 * interview with another member ({@link PeerSubcommand}).
 */
public final class MockInterviewCommand implements SlashCommandHandler {
    public static final String NAME = "/mockinterview";

    static final String PEER = "peer";

    private final Subcommand start;
    private final Subcommand peer;

    public MockInterviewCommand(TextCommandParser parser, CoachRunner runner, dev.loopcoach.slack.SlackIntake intake,
                                Subcommand peer) {
        this.start = new CoreSubcommand(NAME, parser, runner, intake);
        this.peer = peer;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashInvocation inv = SlashInvocation.of(req.getPayload());
        String[] parts = inv.text().split("\\s+", 2);
        if (parts[0].equalsIgnoreCase(PEER)) {
            return peer.handle(inv, parts.length > 1 ? parts[1].strip() : "", ctx);
        }
        return start.handle(inv, inv.text(), ctx);
    }
}
