package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /coach plan [date] [level] [focus] [action]}: makes a prep plan to the interview date, shows today's step,
 * attaches the plan as a calendar file, or stops it. The options become the core's one plan command.
 */
public final class PlanSubcommand implements Subcommand {
    static final String DATE = "date";
    static final String FOCUS = "focus";
    static final String REMIND = "remind";
    static final String ACTION = "action";
    private final CoachCall call;

    public PlanSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("plan", "A day-by-day prep plan to your interview date")
                .addOptions(new OptionData(OptionType.STRING, DATE, "Your interview date as YYYY-MM-DD (makes a new plan)")
                                .setMaxLength(10),
                        InterviewOptions.level(),
                        new OptionData(OptionType.STRING, FOCUS, "Role focus, such as payments or AWS (optional)").setMaxLength(80),
                        new OptionData(OptionType.STRING, ACTION, "Show today's step (default), get a calendar file, or stop the plan")
                                .addChoice("Show today's step", "show")
                                .addChoice("Calendar file (.ics)", "ics")
                                .addChoice("Stop the plan", "off"),
                        new OptionData(OptionType.STRING, REMIND, "Daily DM of today's step at this time (HH:MM), or off")
                                .setMaxLength(8));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.Plan(text(InterviewOptions.string(event, DATE).orElse(""),
                InterviewOptions.string(event, InterviewOptions.LEVEL).orElse(""),
                InterviewOptions.string(event, FOCUS).orElse(""), InterviewOptions.string(event, ACTION).orElse("show"),
                InterviewOptions.string(event, REMIND).orElse(""))));
    }

    /**
     * The options as the core's plan text: "off", "ics", "<date> [level] [focus] [remind HH:MM]", "remind HH:MM|off",
     * or "" to show.
     */
    static String text(String date, String level, String focus, String action, String remind) {
        if (action.equals("off") || action.equals("ics")) {
            return action;
        }
        if (date.isBlank()) {
            return remind.isBlank() ? "" : "remind " + remind.strip();
        }
        List<String> parts = new ArrayList<>(List.of(date.strip()));
        if (!level.isBlank()) {
            parts.add(level.strip());
        }
        if (!focus.isBlank()) {
            parts.add(focus.strip());
        }
        if (!remind.isBlank() && !remind.strip().equalsIgnoreCase("off")) {
            parts.add("remind");
            parts.add(remind.strip());
        }
        return String.join(" ", parts);
    }
}
