package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.slack.CoachRunner;
import java.util.Locale;

/**
 * {@code /coach mydata export}: everything stored about the user, sent to the direct message (it can be
 * long). {@code /coach mydata delete}: asks for confirmation with a button; only the button deletes.
 */
public final class MyDataSubcommand implements Subcommand {
    private final Subcommand export;
    private final Subcommand delete;

    public MyDataSubcommand(CoachRunner runner) {
        this.export = new CoreSubcommand(a -> new ParseResult.Parsed(new CoachCommand.ExportMyData()),
                Delivery.DIRECT_MESSAGE, runner);
        this.delete = new CoreSubcommand(a -> new ParseResult.Parsed(new CoachCommand.DeleteMyData(false)),
                Delivery.EPHEMERAL, runner);
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        String what = args.toLowerCase(Locale.ROOT);
        if (what.equals("export")) {
            return export.handle(inv, "", ctx);
        }
        if (what.equals("delete")) {
            return delete.handle(inv, "", ctx);
        }
        return ctx.ack("Use `/coach mydata export` to get a copy of your data, or `/coach mydata delete` to erase it.");
    }
}
