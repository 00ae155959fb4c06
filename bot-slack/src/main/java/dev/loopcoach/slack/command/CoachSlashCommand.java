package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /coach <subcommand> ...}: the Slack-only subcommands ({@code daily}, {@code mute}, {@code unmute})
 * have their own handlers; everything else is a core command read by the core's parser.
 */
public final class CoachSlashCommand implements SlashCommandHandler {
    public static final String NAME = "/coach";

    private final Map<String, Subcommand> slackOnly;
    private final Subcommand core;

    public CoachSlashCommand(Map<String, Subcommand> slackOnly, Subcommand core) {
        this.slackOnly = new LinkedHashMap<>(slackOnly);
        this.core = core;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashInvocation inv = SlashInvocation.of(req.getPayload());
        String text = inv.text();
        String[] parts = text.isEmpty() ? new String[] {""} : text.split("\\s+", 2);
        Subcommand special = slackOnly.get(parts[0].toLowerCase(Locale.ROOT));
        if (special != null) {
            return special.handle(inv, parts.length > 1 ? parts[1].strip() : "", ctx);
        }
        return core.handle(inv, text, ctx);
    }
}
