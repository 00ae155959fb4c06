package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.port.UserKey;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Practice is private: in a server every reply is ephemeral (only the candidate sees it); in a direct
 * message with the bot the conversation is already private, so replies stay in the history.
 */
public final class Privacy {
    public static final String PLATFORM = "discord";

    private Privacy() {
    }

    public static boolean ephemeral(Interaction interaction) {
        return interaction.isFromGuild();
    }

    public static UserKey user(Interaction interaction) {
        return new UserKey(PLATFORM, interaction.getUser().getId());
    }
}
