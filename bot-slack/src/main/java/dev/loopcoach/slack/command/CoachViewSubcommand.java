package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.CoachView;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.SlackUsers;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/**
 * {@code /coach coachview} (admins and the allow-list): the practice of members who share it, shown privately;
 * {@code /coach coachview focus <principle>|off} sets the workspace's principle of the week;
 * {@code /coach coachview digest on|off} posts the view to this channel every Monday (meant for a coaches' channel);
 * {@code /coach coachview coach add|remove @person} (admins only) names the coaches who may do all of the above.
 */
public final class CoachViewSubcommand implements Subcommand {
    private final Optional<CoachView> view;
    private final AdminCheck admins;
    private final CoachRunner runner;

    public CoachViewSubcommand(Optional<CoachView> view, AdminCheck admins, CoachRunner runner) {
        this.view = view;
        this.admins = admins;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        if (view.isEmpty()) {
            return ctx.ack("The coach's view is not available on this Loop Coach server.");
        }
        PracticeBoard.Community community = new PracticeBoard.Community(SlackUsers.PLATFORM, inv.teamId());
        String rest = args.strip();
        if (rest.toLowerCase(java.util.Locale.ROOT).startsWith("coach ")) {
            return nameCoach(inv, community, rest.substring(6).strip(), ctx);
        }
        if (rest.toLowerCase(java.util.Locale.ROOT).startsWith("digest")) {
            String onOff = rest.substring(6).strip().toLowerCase(java.util.Locale.ROOT);
            if (!onOff.equals("on") && !onOff.equals("off") || inv.channelId() == null || inv.channelId().startsWith("D")) {
                return ctx.ack("Use: /coach coachview digest on|off, in the coaches' channel that should get it every Monday.");
            }
            Reply reply = BeforeAck.setting(() -> refusal(inv).orElseGet(() -> view.get().digest(
                    dev.loopcoach.slack.daily.SlackDaily.channelKey(inv.teamId(), inv.channelId()), onOff.equals("on"))));
            return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
        }
        if (rest.toLowerCase(java.util.Locale.ROOT).startsWith("focus")) {
            String which = rest.substring(5).strip();
            Optional<LeadershipPrinciple> lp = which.equalsIgnoreCase("off") ? Optional.empty() : LeadershipPrinciple.parse(which);
            if (lp.isEmpty() && !which.equalsIgnoreCase("off")) {
                return ctx.ack("Use: /coach coachview focus <principle> (e.g. dive deep) or /coach coachview focus off.");
            }
            Reply reply = BeforeAck.setting(() -> refusal(inv).orElseGet(() -> view.get().setFocus(community, lp)));
            return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
        }
        ReplyTarget target = ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
        runner.later(inv.user(), "coachview", target,
                () -> runner.send(target, refusal(inv).orElseGet(() -> view.get().report(community))));
        return ctx.ack();
    }

    /** "add <@U123|kim>" or "remove <@U123>": the person as Slack escapes a mention in a command's text. */
    private static final java.util.regex.Pattern NAMING =
            java.util.regex.Pattern.compile("(?i)(add|remove)\\s+<@([UW][A-Z0-9]{2,20})(?:\\|([^>]{0,80}))?>");

    private Response nameCoach(SlashInvocation inv, PracticeBoard.Community community, String rest, SlashCommandContext ctx) {
        java.util.regex.Matcher m = NAMING.matcher(rest);
        if (!m.matches()) {
            return ctx.ack("Use: /coach coachview coach add @person, or /coach coachview coach remove @person.");
        }
        boolean add = m.group(1).equalsIgnoreCase("add");
        String who = m.group(3) == null || m.group(3).isBlank() ? m.group(2) : m.group(3);
        // only admins name coaches: a named coach cannot name others
        Reply reply = BeforeAck.setting(() -> adminRefusal(inv).orElseGet(() -> view.get().nameCoach(community, m.group(2), who,
                add)));
        return ctx.ack(Mrkdwn.escape(reply.plainText().strip()));
    }

    /** Admins, the operator's allow-list and the community's named coaches may use the coach's view. */
    private Optional<Reply> refusal(SlashInvocation inv) {
        if (view.get().isCoach(new PracticeBoard.Community(SlackUsers.PLATFORM, inv.teamId()), java.util.List.of(inv.userId()))) {
            return Optional.empty();
        }
        return adminRefusal(inv);
    }

    private Optional<Reply> adminRefusal(SlashInvocation inv) {
        AdminCheck.Verdict v = admins.check(inv.userId());
        if (AdminCheck.allowed(v)) {
            return Optional.empty();
        }
        return Optional.of(Reply.error(v == AdminCheck.Verdict.UNKNOWN
                ? "I could not check your workspace role with Slack just now. Please try again in a minute."
                : "The coach's view is for workspace admins and owners, the coaches they named (/coach coachview coach "
                        + "add @person) and people on Loop Coach's allow-list."));
    }
}
