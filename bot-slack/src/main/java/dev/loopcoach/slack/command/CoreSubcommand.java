package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.help.HelpText;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.intake.Intake;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackIntake;
import dev.loopcoach.slack.render.Mrkdwn;

/**
 * Any command the core's {@link TextCommandParser} understands ({@code /mockinterview ...},
 * {@code /coach question|lp|progress|stories|story|resume|help|mydata|process|levels|star|tips ...}):
 * parse, keep a state-changing command in the inbox, ack at once, let the core answer afterwards. Bad arguments are
 * answered in the ack and nothing runs; a command that could not be kept is refused in the ack.
 */
public final class CoreSubcommand implements Subcommand {
    /** What only Slack has, after the help in Slack's spelling ({@link SlackNames}). */
    static final Reply SLACK_HELP = Reply.builder(Reply.Kind.INFO)
            .heading("In Slack")
            .bullets("", java.util.List.of(
                    "Practice runs in our direct messages: answer with the Answer button (up to 3,000 characters) "
                            + "or just type your answer there (any length).",
                    "/coach mute or /coach unmute: coaching on your replies under daily questions; /coach snooze [3 days | "
                            + "2 weeks | until 2026-12-24] pauses it and it comes back by itself.",
                    "Admins: /coach daily set <HH:MM> <time zone> [days] [topic], /coach daily off, /coach daily now."))
            .build();

    private final String prefix;
    private final TextCommandParser parser;
    private final CoachRunner runner;
    private final SlackIntake intake;

    /** @param prefix the command line's start as the parser knows it, e.g. "/mockinterview" or "/coach" */
    public CoreSubcommand(String prefix, TextCommandParser parser, CoachRunner runner, SlackIntake intake) {
        this.prefix = prefix;
        this.parser = parser;
        this.runner = runner;
        this.intake = intake;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        ParseResult parsed = parser.parse(args.isBlank() ? prefix : prefix + " " + args);
        if (parsed instanceof ParseResult.Invalid invalid) {
            return ctx.ack(Mrkdwn.escape(invalid.message()));
        }
        CoachCommand command = ((ParseResult.Parsed) parsed).command();
        Delivery delivery = Delivery.of(command);
        if (!runner.hasRoom()) {
            return ctx.ack(dev.loopcoach.slack.CoachRunner.BUSY); // said in the ack: nothing was written or queued
        }
        if (command instanceof CoachCommand.Help) {
            runner.later(inv.user(), "help", () -> runner.send(delivery.target(inv),
                    HelpText.reply(new SlackNames()).then(SLACK_HELP)));
        } else if (intake.run(inv.user(), command, inv.userId(), delivery.target(inv))
                == Intake.Receipt.UNAVAILABLE) {
            return ctx.ack(Intake.COMMAND_NOT_TAKEN);
        }
        String text = delivery.ackText(inv);
        return text.isEmpty() ? ctx.ack() : ctx.ack(text);
    }
}
