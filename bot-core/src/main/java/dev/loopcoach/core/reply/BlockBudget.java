package dev.loopcoach.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Size budget for reply blocks, so every platform can render a reply without splitting a block:
 * a Discord embed field value holds 1,024 characters and a Slack section 3,000, so a block carries at most
 * {@value #BLOCK_TEXT_MAX} characters of text; a reply keeps to {@value #BLOCKS_MAX} blocks (Discord: 25 fields).
 */
public final class BlockBudget {
    public static final int BLOCK_TEXT_MAX = 1000;
    public static final int BLOCKS_MAX = 25;
    private static final String ELLIPSIS = "\u2026";

    private BlockBudget() {
    }

    /** The characters a block puts on screen: its text, list items (with a bullet each) or label/value pairs. */
    public static int size(Block block) {
        if (block instanceof Block.Heading h) {
            return h.text().length();
        }
        if (block instanceof Block.Paragraph p) {
            return p.text().length();
        }
        if (block instanceof Block.Quote q) {
            return q.text().length();
        }
        if (block instanceof Block.Bullets b) {
            return b.title().length() + b.items().stream().mapToInt(i -> i.length() + 3).sum();
        }
        if (block instanceof Block.Fields f) {
            return f.fields().stream().mapToInt(x -> x.name().length() + x.value().length() + 2).sum();
        }
        if (block instanceof Block.QuestionCard c) {
            return c.label().length() + c.text().length() + String.join(", ", c.tags()).length();
        }
        if (block instanceof Block.Deadline d) {
            return d.utc().length() + 40;
        }
        if (block instanceof Block.Image i) {
            return i.altText().length();
        }
        if (block instanceof Block.Attachment a) {
            return a.summary().length();
        }
        return 0;
    }

    /** True when every block is within {@link #BLOCK_TEXT_MAX} and there are at most {@link #BLOCKS_MAX} blocks. */
    public static boolean fits(Reply reply) {
        return reply.blocks().size() <= BLOCKS_MAX && reply.blocks().stream().allMatch(b -> size(b) <= BLOCK_TEXT_MAX);
    }

    /** Collapses whitespace and cuts at a word boundary, marking the cut with an ellipsis; never longer than {@code max}. */
    public static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int room = Math.max(1, max - ELLIPSIS.length());
        int cut = t.lastIndexOf(' ', room);
        String head = cut > room / 2 ? t.substring(0, cut) : t.substring(0, room);
        return head.stripTrailing() + ELLIPSIS;
    }

    /**
     * As many items as fit in one list block of {@code maxTotal} characters (counting a bullet per item),
     * each first shortened to {@code maxItem}.
     */
    public static List<String> fit(List<String> items, int maxItem, int maxTotal) {
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String item : items) {
            String s = shorten(item, maxItem);
            if (used + s.length() + 3 > maxTotal) {
                break;
            }
            out.add(s);
            used += s.length() + 3;
        }
        return out;
    }
}
