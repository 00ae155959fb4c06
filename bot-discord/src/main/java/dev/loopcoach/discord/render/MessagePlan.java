package dev.loopcoach.discord.render;

import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;

/** One Discord message worth of rendered reply: up to 10 embeds within 6,000 characters, and its files. */
public record MessagePlan(List<MessageEmbed> embeds, List<OutgoingFile> files) {
    public MessagePlan {
        embeds = List.copyOf(embeds);
        files = List.copyOf(files);
    }

    /** Characters Discord counts against the 6,000 per message limit. */
    public int embedLength() {
        return embeds.stream().mapToInt(MessageEmbed::getLength).sum();
    }
}
