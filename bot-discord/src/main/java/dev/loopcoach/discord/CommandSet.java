package dev.loopcoach.discord;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.discord.command.CoachCall;
import dev.loopcoach.discord.command.CoachRootCommand;
import dev.loopcoach.discord.command.DailySubcommands;
import dev.loopcoach.discord.command.FixedSubcommand;
import dev.loopcoach.discord.command.HelpSubcommand;
import dev.loopcoach.discord.command.InterviewPrivacySubcommand;
import dev.loopcoach.discord.command.LpSubcommand;
import dev.loopcoach.discord.command.MockInterviewCommand;
import dev.loopcoach.discord.command.QuestionSubcommand;
import dev.loopcoach.discord.command.SlashCommand;
import dev.loopcoach.discord.command.StoryAddSubcommand;
import dev.loopcoach.discord.command.TipsSubcommand;
import dev.loopcoach.discord.interaction.ComponentStore;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;

/**
 * The explicit list of slash commands the bot offers (no scanning): {@code /mockinterview}, {@code /coach}
 * and the admin-only {@code /coach-server}. Discord can only restrict a whole command by default
 * permission, not a subcommand, so the server settings (daily question, interview privacy) are their own command.
 */
final class CommandSet {
    static final String COACH = "coach";
    static final String COACH_SERVER = "coach-server";

    private CommandSet() {
    }

    /** @param peers peer mock interviews ({@code /mockinterview type: Peer mock}), which say so when the bot has none */
    static List<SlashCommand> create(CoachCall call, ComponentStore components, DailyControl daily,
                                     dev.loopcoach.discord.peer.PeerRunner peers) {
        List<dev.loopcoach.discord.command.Subcommand> coach = List.of(
                new QuestionSubcommand(call),
                new LpSubcommand(call),
                new FixedSubcommand("progress", "Your progress: LP radar, streak and what to practise next",
                        new CoachCommand.ShowProgress(), call),
                new dev.loopcoach.discord.command.HistorySubcommand(call),
                new dev.loopcoach.discord.command.PlanSubcommand(call),
                new dev.loopcoach.discord.command.VerdictsSubcommand(call),
                new dev.loopcoach.discord.command.DrillSubcommand(call),
                new dev.loopcoach.discord.command.TimeZoneSubcommand(call),
                new dev.loopcoach.discord.command.LeaderboardSubcommand(daily, call.sender()),
                new dev.loopcoach.discord.command.CalibrationSubcommand(daily, call.sender()),
                new dev.loopcoach.discord.command.ShareSubcommand(daily, call.sender()),
                new FixedSubcommand("stories", "Your story bank and which principles it covers",
                        new CoachCommand.ListStories(), call),
                new StoryAddSubcommand(call, components),
                new dev.loopcoach.discord.command.StorySaveSubcommand(call),
                new dev.loopcoach.discord.command.StoryBulletsSubcommand(call),
                new FixedSubcommand("resume", "Continue your unfinished interview", new CoachCommand.Resume(), call),
                new FixedSubcommand("repeat", "Show the question (or follow-up) you are answering again",
                        new CoachCommand.Repeat(), call),
                new HelpSubcommand(call),
                new FixedSubcommand("mydata-export", "Download everything stored about you (JSON file)",
                        new CoachCommand.ExportMyData(), call),
                new FixedSubcommand("mydata-delete", "Delete everything stored about you (asks to confirm)",
                        new CoachCommand.DeleteMyData(false), call),
                new FixedSubcommand("process", "How Amazon's PM interview process works, step by step",
                        new CoachCommand.Handbook("process", Optional.empty()), call),
                new FixedSubcommand("levels", "What PM, Senior PM and Principal PM interviews expect",
                        new CoachCommand.Handbook("levels", Optional.empty()), call),
                new FixedSubcommand("star", "The STAR method, with a worked example",
                        new CoachCommand.Handbook("star", Optional.empty()), call),
                new TipsSubcommand(call));
        List<dev.loopcoach.discord.command.Subcommand> server = server(call, daily);
        return List.of(
                new MockInterviewCommand(call, peers),
                new CoachRootCommand(COACH, "Your Amazon PM interview coach: questions, principles, progress, stories",
                        false, DefaultMemberPermissions.ENABLED, coach).alsoAnswering(server),
                new CoachRootCommand(COACH_SERVER, "Loop Coach settings for this server: daily question, interview privacy",
                        true, DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER), server));
    }

    private static List<dev.loopcoach.discord.command.Subcommand> server(CoachCall call, DailyControl daily) {
        List<dev.loopcoach.discord.command.Subcommand> all = new java.util.ArrayList<>(DailySubcommands.all(daily, call.sender()));
        all.add(new InterviewPrivacySubcommand(call));
        return all;
    }
}
