package dev.loopcoach.discord.interaction;

import dev.loopcoach.core.port.UserKey;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Practice is private: in a server every reply is ephemeral (only the candidate sees it). In a direct
 * message with the bot, or in the private thread opened for an interview, the conversation is already
 * private, so replies are ordinary messages that stay in the history.
 */
public final class Privacy {
    public static final String PLATFORM = "discord";

    private Privacy() {
    }

    public static boolean ephemeral(Interaction interaction) {
        return interaction.isFromGuild() && interaction.getChannelType() != ChannelType.GUILD_PRIVATE_THREAD;
    }

    public static UserKey user(Interaction interaction) {
        return new UserKey(PLATFORM, interaction.getUser().getId());
    }
}
