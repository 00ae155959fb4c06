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

    static final String NOT_ADMIN = "Only members with the Manage Server permission can change Loop Coach's server "
            + "settings. Ask a server admin, or practise on your own with /mockinterview.";
    static final String NOT_IN_GUILD = "Server settings apply per server: run this command in the server.";

    private AdminCheck() {
    }

    /** True when the command runs in a server by someone who may manage it; otherwise answers why not and returns false. */
    static boolean ensureAdmin(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild() || event.getGuild() == null) {
            CoachCall.refuse(event, NOT_IN_GUILD);
            return false;
        }
        if (!canManageServer(event)) {
            CoachCall.refuse(event, NOT_ADMIN);
            return false;
        }
        return true;
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
