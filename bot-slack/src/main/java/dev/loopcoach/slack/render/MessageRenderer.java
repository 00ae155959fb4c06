package dev.loopcoach.slack.render;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.interaction.ActionIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a platform-neutral {@link Reply} into one or more Slack messages. Every user-visible string is
 * escaped; sections stay within 3,000 characters, messages within 50 blocks and a text budget, and a long
 * reply is split between blocks, preferably before a heading. Buttons go on the last message.
 */
public final class MessageRenderer {
    private static final int SECTION_CHUNK = SlackLimits.SECTION_TEXT - 10;

    public List<SlackMessage> render(Reply reply, RenderOptions options) {
        List<LayoutBlock> body = new ArrayList<>(blocks(reply));
        // a user mention (one person, never a broadcast): whose answer this feedback is about, in a shared thread
        options.answerOf().ifPresent(id -> body.add(0, BlockKit.context("For <@" + id + ">")));
        List<LayoutBlock> tail = new ArrayList<>();
        if (options.typedAnswers() && reply.actions().contains(Action.ANSWER)) {
            tail.add(BlockKit.context("Answer with the button, or type your answer here as a message (any length)."));
        }
        List<ButtonElement> buttons = buttons(reply.actions(), options);
        if (!buttons.isEmpty()) {
            tail.add(BlockKit.actions(ActionIds.ACTIONS_BLOCK, buttons));
        }
        String fallback = fallbackText(reply);
        List<List<LayoutBlock>> pages = paginate(body, tail.size(), SlackLimits.BLOCKS_PER_MESSAGE);
        List<SlackMessage> messages = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<LayoutBlock> page = new ArrayList<>(pages.get(i));
            if (i == pages.size() - 1) {
                page.addAll(tail);
            }
            String text = pages.size() == 1 ? fallback : fallback + " (" + (i + 1) + "/" + pages.size() + ")";
            messages.add(new SlackMessage(text, page));
        }
        return messages;
    }

    /** The reply's content as blocks, without buttons; also used for the home tab. */
    public List<LayoutBlock> blocks(Reply reply) {
        List<LayoutBlock> out = new ArrayList<>();
        for (Block b : reply.blocks()) {
            appendBlock(b, out);
        }
        if (out.isEmpty()) {
            out.add(BlockKit.section("\u2026"));
        }
        return out;
    }

    public List<ButtonElement> buttons(List<Action> actions, RenderOptions options) {
        List<ButtonElement> buttons = new ArrayList<>();
        for (Action a : actions) {
            if (a != Action.ANSWER_IN_THREAD) { // answered by replying in the thread; the text says so
                buttons.add(button(a, options));
            }
        }
        buttons.addAll(options.extraButtons());
        return buttons.stream().limit(SlackLimits.ACTION_ELEMENTS).toList();
    }

    private static ButtonElement button(Action a, RenderOptions options) {
        String id = ActionIds.forAction(a);
        if (a == Action.ANSWER) {
            return BlockKit.button(id, a.label(), options.answerKey().orElse(null), "primary");
        }
        if (a == Action.CONFIRM_DELETE) {
            ButtonElement b = BlockKit.button(id, a.label(), null, "danger");
            b.setConfirm(BlockKit.confirm("Delete all your data?",
                    "This removes your practice history, stories, sessions and settings. It cannot be undone.",
                    "Delete", "Cancel"));
            return b;
        }
        if (a == Action.NEW_INTERVIEW || a == Action.RESUME) {
            return BlockKit.button(id, a.label(), null, "primary");
        }
        return BlockKit.button(id, a.label(), null, null);
    }

    private void appendBlock(Block b, List<LayoutBlock> out) {
        if (b instanceof Block.Heading h) {
            if (!h.text().isBlank()) {
                out.add(BlockKit.header(h.text().strip()));
            }
        } else if (b instanceof Block.Paragraph p) {
            sections(Mrkdwn.escape(p.text()), out);
        } else if (b instanceof Block.Bullets l) {
            StringBuilder sb = new StringBuilder();
            if (!l.title().isBlank()) {
                sb.append(Mrkdwn.bold(l.title())).append('\n');
            }
            for (String item : l.items()) {
                sb.append("\u2022 ").append(Mrkdwn.escape(item).strip()).append('\n');
            }
            sections(sb.toString(), out);
        } else if (b instanceof Block.Quote q) {
            quote(q.text(), out);
        } else if (b instanceof Block.Fields f) {
            List<String> cells = f.fields().stream()
                    .map(x -> Mrkdwn.bold(x.name()) + "\n" + Mrkdwn.escape(x.value()))
                    .toList();
            for (int i = 0; i < cells.size(); i += SlackLimits.SECTION_FIELDS) {
                out.add(BlockKit.fields(cells.subList(i, Math.min(cells.size(), i + SlackLimits.SECTION_FIELDS))));
            }
        } else if (b instanceof Block.QuestionCard c) {
            String label = c.label().isBlank() ? "" : Mrkdwn.bold(c.label()) + "\n";
            sections(label + Mrkdwn.escape(c.text()), out);
            // The question id first, so a candidate can come back to it: /coach question mx-01.
            List<String> context = new ArrayList<>();
            if (!c.questionId().isBlank()) {
                context.add(c.questionId());
            }
            context.addAll(c.tags());
            if (!context.isEmpty()) {
                out.add(BlockKit.context(Mrkdwn.escape(String.join(" \u00b7 ", context))));
            }
        } else if (b instanceof Block.Image i) {
            out.add(BlockKit.context(":bar_chart: " + Mrkdwn.escape(i.altText())));
        } else if (b instanceof Block.Attachment a) {
            attachment(a, out);
        } else if (b instanceof Block.Divider) {
            if (!out.isEmpty()) {
                out.add(BlockKit.divider());
            }
        } else if (b instanceof Block.Deadline d) {
            // Slack writes <!date^..^{time}|..> in each reader's own time zone; the fallback is for old clients
            out.add(BlockKit.context(":hourglass_flowing_sand: " + Mrkdwn.escape(d.label()) + " <!date^" + d.at().getEpochSecond()
                    + "^{time}|" + Mrkdwn.escape(d.utc().substring(d.label().length() + 4, d.utc().length() - 1)) + ">."));
        }
    }

    private static void sections(String mrkdwn, List<LayoutBlock> out) {
        if (mrkdwn.isBlank()) {
            return;
        }
        for (String chunk : TextChunker.split(mrkdwn.strip(), SECTION_CHUNK)) {
            out.add(BlockKit.section(chunk));
        }
    }

    /**
     * Text attachments (the data export) are shown inline as code blocks, split between sections; JSON is
     * pretty-printed first so the pieces break at line ends. Other attachments are named only.
     */
    private static void attachment(Block.Attachment a, List<LayoutBlock> out) {
        String size = a.content().length + " bytes";
        out.add(BlockKit.context(":paperclip: " + Mrkdwn.escape(a.fileName()) + " (" + size + ")"
                + (a.summary() == null || a.summary().isBlank() ? "" : ": " + Mrkdwn.escape(a.summary()))));
        String type = a.mediaType() == null ? "" : a.mediaType().toLowerCase(java.util.Locale.ROOT);
        if (!(type.contains("json") || type.startsWith("text/"))) {
            return;
        }
        String text = new String(a.content(), java.nio.charset.StandardCharsets.UTF_8);
        if (type.contains("json")) {
            text = PrettyJson.format(text);
        }
        for (String chunk : TextChunker.split(Mrkdwn.escape(text).replace("```", "`\u200b``"), SECTION_CHUNK - 8)) {
            out.add(BlockKit.section("```\n" + chunk + "\n```"));
        }
    }

    private static void quote(String text, List<LayoutBlock> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : Mrkdwn.escape(text.strip()).split("\n", -1)) {
            sb.append("> ").append(line).append('\n');
        }
        for (String chunk : TextChunker.split(sb.toString().strip(), SECTION_CHUNK - 2)) {
            out.add(BlockKit.section(chunk.startsWith(">") ? chunk : "> " + chunk));
        }
    }

    /**
     * Packs blocks into pages of at most {@code maxBlocks} (the last page keeps room for {@code reserved}
     * tail blocks) and the text budget. When a page overflows it is cut before its last heading if that
     * heading is not the page's first block.
     */
    static List<List<LayoutBlock>> paginate(List<LayoutBlock> blocks, int reserved, int maxBlocks) {
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>();
        int chars = 0;
        for (LayoutBlock b : blocks) {
            int len = BlockKit.textLength(b);
            if (!page.isEmpty() && overflows(page, chars, len, maxBlocks - reserved)) {
                int cut = lastHeading(page);
                List<LayoutBlock> carry = cut > 0 ? new ArrayList<>(page.subList(cut, page.size())) : new ArrayList<>();
                pages.add(new ArrayList<>(cut > 0 ? page.subList(0, cut) : page));
                page = carry;
                chars = page.stream().mapToInt(BlockKit::textLength).sum();
                if (!page.isEmpty() && overflows(page, chars, len, maxBlocks - reserved)) {
                    pages.add(page);
                    page = new ArrayList<>();
                    chars = 0;
                }
            }
            page.add(b);
            chars += len;
        }
        pages.add(page);
        return pages;
    }

    private static boolean overflows(List<LayoutBlock> page, int chars, int len, int maxBlocks) {
        return page.size() + 1 > maxBlocks || chars + len > SlackLimits.MESSAGE_TEXT_BUDGET;
    }

    private static int lastHeading(List<LayoutBlock> page) {
        for (int i = page.size() - 1; i > 0; i--) {
            if (page.get(i) instanceof HeaderBlock) {
                return i;
            }
        }
        return -1;
    }

    static String fallbackText(Reply reply) {
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Heading h && !h.text().isBlank()) {
                return Mrkdwn.escape(h.text().strip());
            }
            if (b instanceof Block.QuestionCard c) {
                return Mrkdwn.escape(c.label() + ": " + c.text());
            }
            if (b instanceof Block.Paragraph p && !p.text().isBlank()) {
                return Mrkdwn.escape(p.text().strip());
            }
        }
        return "Loop Coach";
    }
}
