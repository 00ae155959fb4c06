package dev.loopcoach.discord.command;

import dev.loopcoach.core.intake.BeforeAck;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.core.together.PracticeBoard;
import dev.loopcoach.discord.DailyControl;
import dev.loopcoach.discord.daily.DiscordDaily;
import dev.loopcoach.discord.interaction.Privacy;
import dev.loopcoach.discord.interaction.ReplySender;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /coach share action:on|off}: whether this server's coaches may see your practice (the coach's view). */
public final class ShareSubcommand implements Subcommand {
    private final DailyControl daily;
    private final ReplySender sender;

    public ShareSubcommand(DailyControl daily, ReplySender sender) {
        this.daily = daily;
        this.sender = sender;
    }

    @Override
    public SubcommandData definition() {
        return new SubcommandData("share", "Let this server's coaches see your practice (never your answers' text), or stop")
                .addOptions(new OptionData(OptionType.STRING, "action", "On or off", true)
                        .addChoice("On: share my practice with this server's coaches", "on").addChoice("Off: stop sharing", "off"));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        if (daily.coachView().isEmpty()) {
            CoachCall.refuse(event, "The coach's view is not available on this Loop Coach bot.");
            return;
        }
        if (!event.isFromGuild() || event.getGuild() == null || event.getMember() == null) {
            CoachCall.refuse(event, "Sharing is per server: use /coach share in the server whose coaches should see it.");
            return;
        }
        boolean on = InterviewOptions.string(event, "action").map("on"::equals).orElse(false);
        PracticeBoard.Community community = new PracticeBoard.Community(DiscordDaily.PLATFORM, event.getGuild().getId());
        String name = event.getMember().getEffectiveName();
        Reply reply = BeforeAck.setting(() -> daily.coachView().get().share(community, Privacy.user(event), name, on));
        sender.deferAndSend(event, true, () -> ReplySender.Outcome.of(reply));
    }
}
