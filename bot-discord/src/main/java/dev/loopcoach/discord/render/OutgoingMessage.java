package dev.loopcoach.discord.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Builds the JDA message for a {@link MessagePlan}. Every message allows no mentions at all (no user,
 * role, everyone or replied-user pings), whatever text it carries.
 */
public final class OutgoingMessage {

    private OutgoingMessage() {
    }

    public static MessageCreateData of(MessagePlan plan, List<ActionRow> rows) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setEmbeds(plan.embeds())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        List<FileUpload> uploads = new ArrayList<>();
        for (OutgoingFile a : plan.files()) {
            FileUpload upload = FileUpload.fromData(a.data(), a.fileName());
            if (!a.description().isEmpty()) {
                upload.setDescription(a.description());
            }
            uploads.add(upload);
        }
        builder.setFiles(uploads);
        if (!rows.isEmpty()) {
            builder.setComponents(rows);
        }
        return builder.build();
    }

    /** Our own short markdown (e.g. with a channel link); never user text. Mentions stay disabled. */
    public static MessageCreateData markdown(String markdown) {
        return new MessageCreateBuilder()
                .setContent(TextChunker.shorten(markdown, DiscordLimits.CONTENT))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /** A short plain-text message (refusals, confirmations), escaped and cut to Discord's 2,000 characters. */
    public static MessageCreateData text(String plain) {
        return new MessageCreateBuilder()
                .setContent(TextChunker.shorten(Markdown.escape(plain), DiscordLimits.CONTENT))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }
}
