package dev.loopcoach.discord.command;

import dev.loopcoach.core.daily.DailyScheduleParser;
import dev.loopcoach.core.daily.Days;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.interaction.ReplySender;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import dev.loopcoach.core.intake.BeforeAck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The daily-question settings, {@code /coach-server daily-set|daily-off|daily-now}. Each one runs only for members who can
 * manage the server, only in a server, and only when a daily engine is connected; otherwise it says why. Times, time
 * zones and days are read by the core's parsers, so Discord and Slack accept the same forms.
 */
public final class DailySubcommands {

    private DailySubcommands() {
    }

    public static List<Subcommand> all(DailyControl daily, ReplySender sender) {
        return List.of(new Schedule(daily, sender), new Off(daily, sender), new Now(daily, sender), new Verdicts(daily, sender),
                ChannelSwitch.shoutOut(daily, sender), ChannelSwitch.guessing(daily, sender), new CoachViewReport(daily, sender));
    }

    /** Checks place, permission and availability; returns false after answering when the command cannot run. */
    static boolean allowed(SlashCommandInteractionEvent event, DailyControl daily) {
        if (!AdminCheck.ensureAdmin(event)) {
            return false;
        }
        if (!daily.configured()) {
            CoachCall.refuse(event, DailyControl.NOT_CONFIGURED);
            return false;
        }
        return true;
    }

    /**
     * Writes a setting before the interaction is deferred (bounded, so the defer stays within Discord's 3 s), so a
     * deferred change is a kept change; the answer, visible only to the admin, follows the defer.
     */
    static void run(SlashCommandInteractionEvent event, ReplySender sender, Function<String, Reply> call) {
        String guildId = event.getGuild().getId();
        Reply reply = BeforeAck.setting(() -> call.apply(guildId));
        sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(reply));
    }

    /**
     * A feature a Manage Server member turns on or off for one channel ({@code mode} on|off, {@code channel} defaulting
     * to this one), written before the defer like the other settings.
     */
    static void channelSwitch(SlashCommandInteractionEvent event, DailyControl daily, ReplySender sender, boolean available,
                              String unavailable,
                              java.util.function.BiFunction<dev.loopcoach.core.daily.ChannelKey, Boolean, Reply> set) {
        if (!allowed(event, daily)) {
            return;
        }
        if (!available) {
            CoachCall.refuse(event, unavailable);
            return;
        }
        boolean on = InterviewOptions.string(event, "mode").map("on"::equals).orElse(false);
        net.dv8tion.jda.api.interactions.commands.OptionMapping where = event.getOption("channel");
        String channelId = where != null ? where.getAsChannel().getId() : event.getChannel().getId();
        run(event, sender, guildId -> set.apply(dev.loopcoach.discord.daily.DiscordDaily.channel(guildId, channelId), on));
    }

    /** {@code /coach-server daily-set [channel] [time] [timezone] [days] [topic]}. */
    static final class Schedule implements Subcommand {
        private final DailyControl daily;
        private final ReplySender sender;

        Schedule(DailyControl daily, ReplySender sender) {
            this.daily = daily;
            this.sender = sender;
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData("daily-set", "Post a daily interview question: where, when and on which days")
                    .addOptions(
                            new OptionData(OptionType.CHANNEL, "channel", "Where to post (default: this channel)")
                                    .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS),
                            new OptionData(OptionType.STRING, "time", "Posting time, 24-hour HH:MM (default 09:00)").setMaxLength(20),
                            new OptionData(OptionType.STRING, "timezone", "Time zone, e.g. Europe/Berlin or a city (default UTC)").setMaxLength(64),
                            new OptionData(OptionType.STRING, "days", "e.g. weekdays, daily, mon-fri, mon,wed,fri (default weekdays)")
                                    .setMaxLength(64),
                            new OptionData(OptionType.STRING, "topic",
                                    "all (16 principles), one principle (dive deep) or a category (product, metrics...)")
                                    .setMaxLength(64));
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            if (!allowed(event, daily)) {
                return;
            }
            Optional<LocalTime> time = Optional.empty();
            Optional<ZoneId> zone = Optional.empty();
            Optional<Set<DayOfWeek>> days = Optional.empty();
            Optional<String> t = InterviewOptions.string(event, "time");
            if (t.isPresent()) {
                time = DailyScheduleParser.time(t.get());
                if (time.isEmpty()) {
                    CoachCall.refuse(event, "\"" + t.get().strip() + "\" is not a time I can use. Use 24-hour HH:MM, for example 09:00 or 17:30.");
                    return;
                }
            }
            Optional<String> z = InterviewOptions.string(event, "timezone");
            if (z.isPresent()) {
                DailyScheduleParser.ZoneResult r = DailyScheduleParser.zone(z.get());
                if (r.zone().isEmpty()) {
                    CoachCall.refuse(event, r.problem());
                    return;
                }
                zone = r.zone();
            }
            Optional<String> d = InterviewOptions.string(event, "days");
            if (d.isPresent()) {
                days = Days.parse(d.get());
                if (days.isEmpty()) {
                    CoachCall.refuse(event, "\"" + d.get().strip() + "\" is not a set of days I understand. Try weekdays, daily, "
                            + "weekends, mon-fri or a list like mon,wed,fri.");
                    return;
                }
            }
            Optional<dev.loopcoach.core.daily.Rotation> topic = Optional.empty();
            Optional<String> tp = InterviewOptions.string(event, "topic");
            if (tp.isPresent()) {
                topic = DailyScheduleParser.rotation(tp.get());
                if (topic.isEmpty()) {
                    CoachCall.refuse(event, "\"" + tp.get().strip() + "\" is not a topic I know. Use all, a principle such as "
                            + "dive deep or backbone, or a category: product, strategy, metrics, technical, program.");
                    return;
                }
            }
            OptionMapping channel = event.getOption("channel");
            if (channel == null && event.getChannelType() != ChannelType.TEXT && event.getChannelType() != ChannelType.NEWS) {
                CoachCall.refuse(event, "Daily questions go to a text or announcement channel, where I can open a thread under "
                        + "each one. Run this in such a channel, or choose one with the channel option.");
                return;
            }
            String channelId = channel != null ? channel.getAsString() : event.getChannelId();
            String by = event.getUser().getId();
            Optional<LocalTime> fTime = time;
            Optional<ZoneId> fZone = zone;
            Optional<Set<DayOfWeek>> fDays = days;
            Optional<dev.loopcoach.core.daily.Rotation> fTopic = topic;
            run(event, sender, guildId -> daily.schedule(
                    new DailyControl.DailySchedule(guildId, channelId, fTime, fZone, fDays, fTopic, by)));
        }
    }

    /** {@code /coach-server daily-off}. */
    static final class Off implements Subcommand {
        private final DailyControl daily;
        private final ReplySender sender;

        Off(DailyControl daily, ReplySender sender) {
            this.daily = daily;
            this.sender = sender;
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData("daily-off", "Stop posting the daily question in this server");
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            if (allowed(event, daily)) {
                String by = event.getUser().getId();
                run(event, sender, guildId -> daily.turnOff(guildId, by));
            }
        }
    }

    /** {@code /coach-server daily-verdicts mode}: each person's verdict privately, or in the thread under the answer. */
    static final class Verdicts implements Subcommand {
        static final String MODE = "mode";
        private final DailyControl daily;
        private final ReplySender sender;

        Verdicts(DailyControl daily, ReplySender sender) {
            this.daily = daily;
            this.sender = sender;
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData("daily-verdicts", "Send verdicts on daily answers privately, or post them in the thread")
                    .addOptions(new net.dv8tion.jda.api.interactions.commands.build.OptionData(
                            net.dv8tion.jda.api.interactions.commands.OptionType.STRING, MODE, "Where verdicts go", true)
                            .addChoice("Privately to each person (answers stay in the thread)", "private")
                            .addChoice("In the thread, under the answer", "public"));
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            if (allowed(event, daily)) {
                boolean privately = InterviewOptions.string(event, MODE).map("private"::equals).orElse(false);
                run(event, sender, guildId -> daily.verdicts(guildId, privately));
            }
        }
    }

    /** {@code /coach-server coachview [focus]}: members who share their practice; sets the principle of the week. */
    static final class CoachViewReport implements Subcommand {
        private final DailyControl daily;
        private final ReplySender sender;

        CoachViewReport(DailyControl daily, ReplySender sender) {
            this.daily = daily;
            this.sender = sender;
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData("coachview", "Members who share their practice; set the principle of the week")
                    .addOptions(new OptionData(OptionType.STRING, "focus", "Principle of the week (a principle, or off)")
                                    .setAutoComplete(true),
                            new OptionData(OptionType.STRING, "digest", "Post this view here every Monday (a coaches' channel)")
                                    .addChoice("On", "on").addChoice("Off", "off"),
                            new OptionData(OptionType.ROLE, "coach-role", "Name a coach role: its members see this view too"),
                            new OptionData(OptionType.ROLE, "remove-coach-role", "Stop naming a role as coaches"));
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            if (!event.isFromGuild() || event.getGuild() == null) {
                CoachCall.refuse(event, AdminCheck.NOT_IN_GUILD);
                return;
            }
            if (daily.coachView().isEmpty()) {
                CoachCall.refuse(event, "The coach's view is not available on this Loop Coach bot.");
                return;
            }
            dev.loopcoach.core.together.PracticeBoard.Community community = new dev.loopcoach.core.together.PracticeBoard.Community(
                    dev.loopcoach.discord.daily.DiscordDaily.PLATFORM, event.getGuild().getId());
            net.dv8tion.jda.api.interactions.commands.OptionMapping named = event.getOption("coach-role");
            net.dv8tion.jda.api.interactions.commands.OptionMapping unnamed = event.getOption("remove-coach-role");
            if (named != null || unnamed != null) {
                // only server managers name coaches
                if (!allowed(event, daily)) {
                    return;
                }
                net.dv8tion.jda.api.entities.Role role = (named != null ? named : unnamed).getAsRole();
                run(event, sender, guildId -> daily.coachView().get().nameCoach(community, role.getId(), "The role "
                        + role.getName(), named != null));
                return;
            }
            // server managers, and members of a named coach role (a role id the admins named), see the view; the role
            // still needs /coach-server allowed in Server Settings > Integrations, as Discord hides it from others
            if (!AdminCheck.canManageServer(event) && !namedCoach(event, community)) {
                CoachCall.refuse(event, "The coach's view is for members with the Manage Server permission and the "
                        + "members of a coach role they named (/coach-server coachview coach-role).");
                return;
            }
            if (!daily.configured()) {
                CoachCall.refuse(event, DailyControl.NOT_CONFIGURED);
                return;
            }
            java.util.Optional<String> digest = InterviewOptions.string(event, "digest");
            if (digest.isPresent()) {
                String channelId = event.getChannel().getId();
                run(event, sender, guildId -> daily.coachView().get().digest(
                        dev.loopcoach.discord.daily.DiscordDaily.channel(guildId, channelId), digest.get().equals("on")));
                return;
            }
            java.util.Optional<String> focus = InterviewOptions.string(event, "focus");
            if (focus.isEmpty()) {
                sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(daily.coachView().get().report(community)));
                return;
            }
            java.util.Optional<dev.loopcoach.core.lp.LeadershipPrinciple> lp = focus.get().equalsIgnoreCase("off")
                    ? java.util.Optional.empty() : dev.loopcoach.core.lp.LeadershipPrinciple.parse(focus.get());
            if (lp.isEmpty() && !focus.get().equalsIgnoreCase("off")) {
                CoachCall.refuse(event, "\"" + focus.get().strip() + "\" is not a principle I know. Use one such as Dive Deep, or off.");
                return;
            }
            run(event, sender, guildId -> daily.coachView().get().setFocus(community, lp));
        }

        @Override
        public void autocomplete(net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent event) {
            event.replyChoices(LpChoices.matching(event.getFocusedOption().getValue())).queue();
        }

        /** Whether the member holds a role the server's admins named as coaches (role ids come with the interaction). */
        private boolean namedCoach(SlashCommandInteractionEvent event, dev.loopcoach.core.together.PracticeBoard.Community c) {
            net.dv8tion.jda.api.entities.Member member = event.getMember();
            if (member == null) {
                return false;
            }
            java.util.List<String> roles = member.getRoles().stream().map(net.dv8tion.jda.api.entities.Role::getId).toList();
            try {
                return !roles.isEmpty() && daily.coachView().get().isCoach(c, roles);
            } catch (RuntimeException e) {
                return false; // storage down: treated as not a coach; the refusal says who may see it
            }
        }
    }

    /**
     * A feature a Manage Server member turns on or off for one channel: {@code mode} on|off and {@code channel},
     * defaulting to this one ({@code /coach-server guessing}, {@code /coach-server shoutout}).
     */
    static final class ChannelSwitch implements Subcommand {
        private final String name;
        private final String description;
        private final String onChoice;
        private final DailyControl daily;
        private final ReplySender sender;
        private final java.util.function.BooleanSupplier available;
        private final String unavailable;
        private final java.util.function.BiFunction<dev.loopcoach.core.daily.ChannelKey, Boolean, Reply> set;

        ChannelSwitch(String name, String description, String onChoice, DailyControl daily, ReplySender sender,
                      java.util.function.BooleanSupplier available, String unavailable,
                      java.util.function.BiFunction<dev.loopcoach.core.daily.ChannelKey, Boolean, Reply> set) {
            this.name = name;
            this.description = description;
            this.onChoice = onChoice;
            this.daily = daily;
            this.sender = sender;
            this.available = available;
            this.unavailable = unavailable;
            this.set = set;
        }

        static ChannelSwitch guessing(DailyControl daily, ReplySender sender) {
            return new ChannelSwitch("guessing", "Members guess the Bar Raiser's vote on daily answers before it is revealed",
                    "On", daily, sender, () -> daily.guesses().isPresent(),
                    "Guess the Bar Raiser is not available on this Loop Coach bot.",
                    (channel, on) -> daily.guesses().get().setOn(channel, on));
        }

        static ChannelSwitch shoutOut(DailyControl daily, ReplySender sender) {
            return new ChannelSwitch("shoutout", "Weekly post naming members who joined the practice board and practised",
                    "On: every Monday at 09:00", daily, sender, () -> daily.board().isPresent(), LeaderboardSubcommand.UNAVAILABLE,
                    (channel, on) -> daily.board().get().shoutOut(channel, on));
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData(name, description)
                    .addOptions(new OptionData(OptionType.STRING, "mode", "On or off", true)
                                    .addChoice(onChoice, "on").addChoice("Off", "off"),
                            new OptionData(OptionType.CHANNEL, "channel", "The channel (default: this one)")
                                    .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS));
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            channelSwitch(event, daily, sender, available.getAsBoolean(), unavailable, set);
        }
    }


    /** {@code /coach-server daily-now}. */
    static final class Now implements Subcommand {
        private final DailyControl daily;
        private final ReplySender sender;

        Now(DailyControl daily, ReplySender sender) {
            this.daily = daily;
            this.sender = sender;
        }

        @Override
        public SubcommandData definition() {
            return new SubcommandData("daily-now", "Post today's daily question right away");
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            if (allowed(event, daily)) {
                String by = event.getUser().getId();
                String guildId = event.getGuild().getId();
                // the claim of today's post is written before the defer, the post follows it
                java.util.function.Supplier<Reply> post = BeforeAck.twoStep(() -> daily.reserveNow(guildId, by));
                sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(post.get()));
            }
        }
    }
}
