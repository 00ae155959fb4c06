package dev.loopcoach.discord.command;

import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Whether the member who ran a command may manage the server. Discord already hides the settings
 * commands from others by default, but server admins can change that per command, so the bot checks
 * too: first the permissions Discord computed for this member in this channel (sent with the
 * interaction), else what JDA derives from its cache.
 */
final class AdminCheck {
    private static final long MANAGE_SERVER = Permission.MANAGE_SERVER.getRawValue();
    private static final long ADMINISTRATOR = Permission.ADMINISTRATOR.getRawValue();

    private AdminCheck() {
    }

    static boolean canManageServer(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            return false;
        }
        Optional<Long> raw = rawPermissions(event.getRawData());
        if (raw.isPresent()) {
            long p = raw.get();
            return (p & ADMINISTRATOR) != 0 || (p & MANAGE_SERVER) != 0;
        }
        Member member = event.getMember();
        return member != null && member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER);
    }

    static Optional<Long> rawPermissions(DataObject raw) {
        if (raw == null) {
            return Optional.empty();
        }
        DataObject interaction = raw.optObject("d").orElse(raw);
        return interaction.optObject("member")
                .filter(m -> m.hasKey("permissions") && !m.isNull("permissions"))
                .flatMap(m -> {
                    try {
                        return Optional.of(Long.parseUnsignedLong(m.getString("permissions")));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                });
    }
}
