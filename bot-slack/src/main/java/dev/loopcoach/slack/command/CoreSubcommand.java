package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.render.Mrkdwn;
import java.util.function.Function;

/**
 * A subcommand that is exactly one core command: parse the arguments, ack, and let the core answer.
 * Bad arguments are answered at once (ephemeral) and nothing runs.
 */
public final class CoreSubcommand implements Subcommand {
    private final Function<String, ParseResult> parser;
    private final Delivery delivery;
    private final CoachRunner runner;

    public CoreSubcommand(Function<String, ParseResult> parser, Delivery delivery, CoachRunner runner) {
        this.parser = parser;
        this.delivery = delivery;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        ParseResult parsed = parser.apply(args);
        if (parsed instanceof ParseResult.Invalid invalid) {
            return ctx.ack(Mrkdwn.escape(invalid.message()));
        }
        runner.runLater(inv.user(), ((ParseResult.Parsed) parsed).command(), delivery.target(inv));
        String text = delivery.ackText(inv);
        return text.isEmpty() ? ctx.ack() : ctx.ack(text);
    }
}
