package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.CoachView;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.slack.SlackDisplayNames;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.Locale;
import java.util.Optional;

/** {@code /coach share on|off}: whether this workspace's coaches may see your practice (the coach's view). */
public final class ShareSubcommand implements Subcommand {
    static final String USAGE = "Use: /coach share on (this workspace's coaches see your practice: answers per week, when you "
            + "last practised, weakest principles, story gaps; never your answers' text) or /coach share off.";

    private final Optional<CoachView> view;
    private final SlackWebApi web;

    public ShareSubcommand(Optional<CoachView> view, SlackWebApi web) {
        this.view = view;
        this.web = web;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        if (view.isEmpty()) {
            return ctx.ack("The coach's view is not available on this Loop Coach server.");
        }
        String verb = args.strip().toLowerCase(Locale.ROOT);
        if (!verb.equals("on") && !verb.equals("off")) {
            return ctx.ack(USAGE);
        }
        PracticeBoard.Community community = new PracticeBoard.Community(SlackUsers.PLATFORM, inv.teamId());
        Reply reply = BeforeAck.setting(() -> {
            String name = verb.equals("on") ? new SlackDisplayNames(web).of(inv.userId()).orElse("a member") : "";
            return view.get().share(community, inv.user(), name, verb.equals("on"));
        });
        return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
    }
}
