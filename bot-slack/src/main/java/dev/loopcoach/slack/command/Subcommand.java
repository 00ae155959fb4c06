package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** One {@code /coach <name>} subcommand. */
@FunctionalInterface
public interface Subcommand {
    /**
     * Acknowledges within Slack's three seconds (no network or storage here) and queues the real work.
     *
     * @param args the text after the subcommand name, stripped
     */
    Response handle(SlashInvocation inv, String args, SlashCommandContext ctx);
}
