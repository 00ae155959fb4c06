package dev.loopcoach.discord.command;

import dev.loopcoach.core.command.CoachCommand;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach timezone [zone]}: the zone your days are counted in (streaks, "last practised"); empty shows it. */
public final class TimeZoneSubcommand implements Subcommand {
    static final String ZONE_OPTION = "zone";
    private final CoachCall call;

    public TimeZoneSubcommand(CoachCall call) {
        this.call = call;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("timezone", "Your time zone, for streaks and dates")
                .addOptions(new OptionData(OptionType.STRING, ZONE_OPTION, "e.g. Europe/Berlin, America/New_York or a city")
                        .setMaxLength(64));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        call.run(event, new CoachCommand.SetTimeZone(InterviewOptions.string(event, ZONE_OPTION).orElse("")));
    }
}
