package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.slack.render.Mrkdwn;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code /coach <subcommand> ...}: routes by the first word to one {@link Subcommand}. */
public final class CoachSlashCommand implements SlashCommandHandler {
    public static final String NAME = "/coach";

    private final Map<String, Subcommand> routes;
    private final Subcommand fallback;

    /** @param routes subcommand name (lower case) to handler, in the order help lists them */
    public CoachSlashCommand(Map<String, Subcommand> routes, Subcommand whenEmpty) {
        this.routes = new LinkedHashMap<>(routes);
        this.fallback = whenEmpty;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashInvocation inv = SlashInvocation.of(req.getPayload());
        String text = inv.text();
        if (text.isEmpty()) {
            return fallback.handle(inv, "", ctx);
        }
        String[] parts = text.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1].strip() : "";
        Subcommand sub = routes.get(name);
        if (sub == null) {
            return ctx.ack("I don't know `/coach " + Mrkdwn.escape(Mrkdwn.truncate(parts[0], 40)).replace("`", "'")
                    + "`. Try: " + String.join(", ", routes.keySet()) + " (or `/coach help`).");
        }
        return sub.handle(inv, args, ctx);
    }
}
