package dev.loopcoach.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.loopcoach.core.daily.DailySchedule;
import dev.loopcoach.core.daily.DailyScheduleParser;
import dev.loopcoach.core.daily.ScheduleParse;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.CoachRunner;
import dev.loopcoach.slack.daily.DailyChannel;
import dev.loopcoach.slack.daily.DailyControl;
import dev.loopcoach.slack.render.Mrkdwn;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /coach daily set|off|now}: the channel's daily questions. Anyone may read the settings
 * ({@code /coach daily}); changing them or posting now needs a workspace admin/owner or a user on the
 * allow-list, checked here (Slack lets every member run slash commands). The schedule is read by the core's
 * {@link DailyScheduleParser}, so Slack and Discord accept the same words; a problem is explained in the ack.
 */
public final class DailySubcommand implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(DailySubcommand.class);
    static final String USAGE = "Use: /coach daily set <HH:MM> <time zone> [days] [topic], e.g. /coach daily set 09:00 "
            + "Europe/Berlin mon-fri. Also: /coach daily off, /coach daily now, /coach daily verdicts private|public, and "
            + "/coach daily to see the settings.";
    static final String NOT_ALLOWED = "Only workspace admins and owners (or people on Loop Coach's allow-list) "
            + "can change daily questions. Nothing was changed.";

    private final DailyControl daily;
    private final AdminCheck admins;
    private final CoachRunner runner;

    public DailySubcommand(DailyControl daily, AdminCheck admins, CoachRunner runner) {
        this.daily = daily;
        this.admins = admins;
        this.runner = runner;
    }

    @Override
    public Response handle(SlashInvocation inv, String args, SlashCommandContext ctx) {
        String[] parts = args.isBlank() ? new String[] {""} : args.strip().split("\\s+", 2);
        String verb = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        if (inv.channelId() == null || inv.channelId().startsWith("D")) {
            return ctx.ack("Daily questions are for channels: run this in the channel that should get them.");
        }
        DailyChannel channel = new DailyChannel(inv.teamId(), inv.channelId(), inv.userId());
        switch (verb) {
            case "" -> {
                return later(inv, ctx, "daily", false, c -> daily.describe(c), channel);
            }
            case "set" -> {
                ScheduleParse parsed = DailyScheduleParser.parse(rest);
                if (parsed instanceof ScheduleParse.Invalid invalid) {
                    return ctx.ack(Mrkdwn.escape(invalid.message()));
                }
                DailySchedule schedule = ((ScheduleParse.Valid) parsed).schedule();
                return kept(inv, ctx, "daily set", c -> daily.set(c, schedule), channel);
            }
            case "off" -> {
                return kept(inv, ctx, "daily off", daily::off, channel);
            }
            case "now" -> {
                return reserved(inv, ctx, channel);
            }
            case "verdicts" -> {
                java.util.Optional<Boolean> privately = dev.loopcoach.core.daily.VerdictPrivacy.parse(rest);
                if (privately.isEmpty()) {
                    return ctx.ack("Use: /coach daily verdicts private (each person gets the verdict privately; answers stay in "
                            + "the thread) or /coach daily verdicts public.");
                }
                return kept(inv, ctx, "daily verdicts", c -> daily.verdicts(c, privately.get()), channel);
            }
            default -> {
                return ctx.ack(Mrkdwn.escape("Unknown daily command '" + Mrkdwn.truncate(verb, 40) + "'. " + USAGE));
            }
        }
    }

    /**
     * "daily now": the admin check and the claim of today's post happen before the ack, the post after it; a process
     * that dies in between leaves a claim the daily engine's repair posts.
     */
    private Response reserved(SlashInvocation inv, SlashCommandContext ctx, DailyChannel channel) {
        ReplyTarget target = ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
        java.util.function.Supplier<Reply> post = dev.loopcoach.core.intake.BeforeAck.twoStep(() -> {
            java.util.Optional<Reply> refused = refusal(inv, "daily now");
            return refused.isPresent() ? refused::get : daily.reserveNow(channel);
        });
        runner.later(inv.user(), "daily now", () -> runner.send(target, guarded(inv, post)));
        return ctx.ack();
    }

    private static Reply guarded(SlashInvocation inv, java.util.function.Supplier<Reply> post) {
        try {
            return post.get();
        } catch (RuntimeException e) {
            LOG.error("Daily 'now' failed for channel {}", inv.channelId(), e);
            return Reply.error("Sorry, something went wrong with the daily questions; nothing was changed.");
        }
    }

    /** Reads after the ack ("daily": nothing changes). */
    private Response later(SlashInvocation inv, SlashCommandContext ctx, String what, boolean adminOnly,
                           Function<DailyChannel, Reply> action, DailyChannel channel) {
        ReplyTarget target = ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
        runner.later(inv.user(), what, () -> runner.send(target, decide(inv, what, adminOnly, action, channel)));
        return ctx.ack();
    }

    /**
     * Changes a setting before the ack (the admin check and the write, within the ack's budget), so a change Slack
     * was told about is a change kept; the answer follows privately, formatted.
     */
    private Response kept(SlashInvocation inv, SlashCommandContext ctx, String what, Function<DailyChannel, Reply> action,
                          DailyChannel channel) {
        ReplyTarget target = ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
        Reply reply = runner.beforeAckReply(() -> decide(inv, what, true, action, channel));
        runner.later(inv.user(), what, () -> runner.send(target, reply));
        return ctx.ack();
    }

    private Reply decide(SlashInvocation inv, String what, boolean adminOnly, Function<DailyChannel, Reply> action,
                         DailyChannel channel) {
        if (adminOnly) {
            java.util.Optional<Reply> refused = refusal(inv, what);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        try {
            return action.apply(channel);
        } catch (RuntimeException e) {
            LOG.error("Daily '{}' failed for channel {}", what, inv.channelId(), e);
            return Reply.error("Sorry, something went wrong with the daily questions; nothing was changed.");
        }
    }

    /** Why the caller may not change the daily questions, if they may not. */
    private java.util.Optional<Reply> refusal(SlashInvocation inv, String what) {
        AdminCheck.Verdict v = admins.check(inv.userId());
        if (AdminCheck.allowed(v)) {
            return java.util.Optional.empty();
        }
        LOG.info("{} refused for {} in {}: {}", what, inv.userId(), inv.channelId(), v);
        return java.util.Optional.of(Reply.error(v == AdminCheck.Verdict.UNKNOWN
                ? "I could not check your workspace role with Slack just now, so nothing was changed. "
                        + "Please try again in a minute."
                : NOT_ALLOWED));
    }
}
