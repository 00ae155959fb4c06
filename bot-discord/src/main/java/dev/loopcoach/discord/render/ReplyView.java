package dev.loopcoach.discord.render;

import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders a core {@link Reply} as Discord embeds that always fit: a heading or question card opens an
 * embed, text blocks fill its description, and whatever does not fit flows into continuation embeds
 * and then into further messages. Cuts fall between blocks, else between lines, else between words.
 */
public final class ReplyView {
    /** Longest single line placed in a description; leaves room for a bullet or quote prefix. */
    static final int LINE_MAX = 3900;
    private static final String EMPTY_FIELD_NAME = "\u200b";
    /** The embed field that names a question card's id. */
    public static final String QUESTION_ID_FIELD = "Question id";

    /** Renders a reply without extra files. */
    public List<MessagePlan> render(Reply reply) {
        return render(reply, List.of());
    }

    /**
     * @param extraFiles files to send with the reply (e.g. a data export); they go with the last message
     */
    public List<MessagePlan> render(Reply reply, List<OutgoingFile> extraFiles) {
        Layout layout = new Layout(color(reply.kind()));
        for (Block block : reply.blocks()) {
            add(layout, block);
        }
        if (layout.embeds.isEmpty() && extraFiles.isEmpty()) {
            layout.text(List.of(reply.actions().isEmpty() ? "Done." : "What would you like to do next?"));
        }
        return pack(layout.embeds, extraFiles);
    }

    private static void add(Layout layout, Block block) {
        if (block instanceof Block.Heading h) {
            layout.open();
            if (h.text().length() <= DiscordLimits.EMBED_TITLE && !h.text().isBlank()) {
                layout.current.title = Markdown.plain(h.text());
            } else {
                layout.text(lines(h.text(), "**", "**"));
            }
        } else if (block instanceof Block.Paragraph p) {
            layout.text(lines(p.text(), "", ""));
        } else if (block instanceof Block.Bullets b) {
            List<String> out = new ArrayList<>();
            if (!b.title().isBlank()) {
                out.addAll(lines(b.title(), "**", "**"));
            }
            for (String item : b.items()) {
                List<String> itemLines = lines(item, "", "");
                for (int i = 0; i < itemLines.size(); i++) {
                    out.add((i == 0 ? "\u2022 " : "\u2003") + itemLines.get(i));
                }
            }
            layout.text(out);
        } else if (block instanceof Block.Quote q) {
            List<String> out = new ArrayList<>();
            for (String line : lines(q.text(), "", "")) {
                out.add("> " + line);
            }
            layout.text(out);
        } else if (block instanceof Block.Fields f) {
            for (Block.Field field : f.fields()) {
                layout.field(field.name(), field.value());
            }
        } else if (block instanceof Block.QuestionCard card) {
            layout.open();
            if (card.label().length() <= DiscordLimits.EMBED_TITLE && !card.label().isBlank()) {
                layout.current.title = Markdown.plain(card.label());
            } else if (!card.label().isBlank()) {
                layout.text(lines(card.label(), "**", "**"));
            }
            layout.text(lines(card.text(), "", ""));
            if (!card.tags().isEmpty()) {
                layout.field("Focus", joinTags(card.tags()));
            }
            if (!card.questionId().isBlank()) {
                // So a candidate can come back to it: /coach question id:mx-01.
                layout.field(QUESTION_ID_FIELD, card.questionId());
            }
        } else if (block instanceof Block.Image image) {
            if (layout.current == null || layout.current.image != null) {
                layout.open();
            }
            layout.current.image = new OutgoingFile(image.fileName(), image.png(), image.altText());
        } else if (block instanceof Block.Attachment file) {
            if (!file.summary().isBlank()) {
                layout.text(lines(file.summary(), "_", "_"));
            }
            if (layout.current == null) {
                layout.open();
            }
            layout.current.files.add(new OutgoingFile(file.fileName(), file.content(), file.summary()));
        } else if (block instanceof Block.Divider) {
            layout.current = null;
        } else if (block instanceof Block.Deadline d) {
            // Discord shows <t:..:t> in each reader's own time and <t:..:R> as a countdown that keeps itself current
            long epoch = d.at().getEpochSecond();
            layout.text(List.of(Markdown.plain(d.label()) + " <t:" + epoch + ":t> (<t:" + epoch + ":R>)."));
        }
    }

    /** Splits plain text into escaped lines no longer than {@link #LINE_MAX}, wrapping each line in prefix/suffix. */
    private static List<String> lines(String plain, String prefix, String suffix) {
        List<String> out = new ArrayList<>();
        int room = LINE_MAX - prefix.length() - suffix.length();
        for (String raw : plain.split("\n", -1)) {
            String escaped = Markdown.escape(raw.stripTrailing());
            if (escaped.isEmpty()) {
                out.add("");
                continue;
            }
            for (String piece : TextChunker.split(escaped, room)) {
                out.add(prefix + piece + suffix);
            }
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Tags joined with a middle dot, as many whole tags as fit in a field value. */
    private static String joinTags(List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (String tag : tags) {
            String t = Markdown.escape(tag);
            int extra = (sb.length() == 0 ? 0 : 3) + t.length();
            if (sb.length() + extra > DiscordLimits.FIELD_VALUE) {
                break;
            }
            if (sb.length() > 0) {
                sb.append(" \u00b7 ");
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static List<MessagePlan> pack(List<Draft> drafts, List<OutgoingFile> extraFiles) {
        List<MessagePlan> plans = new ArrayList<>();
        List<MessageEmbed> embeds = new ArrayList<>();
        List<OutgoingFile> files = new ArrayList<>();
        int total = 0;
        for (Draft draft : drafts) {
            MessageEmbed embed = draft.build();
            int length = embed.getLength();
            if (!embeds.isEmpty() && (embeds.size() == DiscordLimits.EMBEDS_PER_MESSAGE
                    || total + length > DiscordLimits.EMBED_TOTAL_PER_MESSAGE)) {
                plans.add(new MessagePlan(embeds, files));
                embeds = new ArrayList<>();
                files = new ArrayList<>();
                total = 0;
            }
            embeds.add(embed);
            total += length;
            if (draft.image != null) {
                files.add(draft.image);
            }
            files.addAll(draft.files);
        }
        files.addAll(extraFiles);
        if (!embeds.isEmpty() || !files.isEmpty()) {
            plans.add(new MessagePlan(embeds, files));
        }
        return plans;
    }

    private static int color(Reply.Kind kind) {
        switch (kind) {
            case QUESTION:
                return 0x3B82F6;
            case FEEDBACK:
                return 0x22C55E;
            case SUMMARY:
                return 0xF59E0B;
            case ERROR:
                return 0xEF4444;
            default:
                return 0x64748B;
        }
    }

    /** The embeds being filled, and the one currently open. */
    private static final class Layout {
        private final int color;
        private final List<Draft> embeds = new ArrayList<>();
        private Draft current;

        Layout(int color) {
            this.color = color;
        }

        void open() {
            current = new Draft(color);
            embeds.add(current);
        }

        /** Adds one block's lines, keeping the block whole when it fits in the open or a fresh embed. */
        void text(List<String> blockLines) {
            if (current == null) {
                open();
            }
            String whole = String.join("\n", blockLines);
            if (current.fits(whole)) {
                current.append(whole);
                return;
            }
            if (whole.length() <= DiscordLimits.EMBED_DESCRIPTION && !current.isEmpty()) {
                open();
                current.append(whole);
                return;
            }
            boolean first = true;
            for (String line : blockLines) {
                if (first) {
                    if (!current.fits(line)) {
                        open();
                    }
                    current.append(line);
                    first = false;
                } else {
                    if (!current.fitsLine(line)) {
                        open();
                    }
                    current.appendLine(line);
                }
            }
        }

        void field(String name, String value) {
            String n = name.isBlank() ? EMPTY_FIELD_NAME : Markdown.plain(name);
            String v = Markdown.escape(value);
            if (n.length() > DiscordLimits.FIELD_NAME || v.length() > DiscordLimits.FIELD_VALUE || v.isBlank()) {
                text(lines(name + ": " + value, "", ""));
                return;
            }
            if (current == null || !current.fitsField(n, v)) {
                open();
            }
            current.fields.add(new MessageEmbed.Field(n, v, true));
        }
    }

    /** One embed being filled; {@link #build()} turns it into JDA's immutable embed. */
    private static final class Draft {
        private final int color;
        private String title;
        private final StringBuilder description = new StringBuilder();
        private final List<MessageEmbed.Field> fields = new ArrayList<>();
        private OutgoingFile image;
        private final List<OutgoingFile> files = new ArrayList<>();

        Draft(int color) {
            this.color = color;
        }

        boolean isEmpty() {
            return description.length() == 0 && fields.isEmpty() && image == null && files.isEmpty();
        }

        int length() {
            int n = (title == null ? 0 : title.length()) + description.length();
            for (MessageEmbed.Field f : fields) {
                n += f.getName().length() + f.getValue().length();
            }
            return n;
        }

        private int separator() {
            return description.length() == 0 ? 0 : 2;
        }

        boolean fits(String block) {
            int added = separator() + block.length();
            return description.length() + added <= DiscordLimits.EMBED_DESCRIPTION
                    && length() + added <= DiscordLimits.EMBED_TOTAL_PER_MESSAGE;
        }

        boolean fitsLine(String line) {
            int added = (description.length() == 0 ? 0 : 1) + line.length();
            return description.length() + added <= DiscordLimits.EMBED_DESCRIPTION
                    && length() + added <= DiscordLimits.EMBED_TOTAL_PER_MESSAGE;
        }

        boolean fitsField(String name, String value) {
            return fields.size() < DiscordLimits.EMBED_FIELDS
                    && length() + name.length() + value.length() <= DiscordLimits.EMBED_TOTAL_PER_MESSAGE;
        }

        void append(String block) {
            if (description.length() > 0) {
                description.append("\n\n");
            }
            description.append(block);
        }

        void appendLine(String line) {
            if (description.length() > 0) {
                description.append('\n');
            }
            description.append(line);
        }

        MessageEmbed build() {
            EmbedBuilder eb = new EmbedBuilder().setColor(color);
            if (title != null) {
                eb.setTitle(title);
            }
            String desc = description.toString().strip();
            if (!desc.isEmpty()) {
                eb.setDescription(desc);
            }
            fields.forEach(eb::addField);
            if (image != null) {
                eb.setImage(image.embedUrl());
            }
            if (eb.isEmpty()) {
                eb.setDescription("\u200b");
            }
            return eb.build();
        }
    }
}
