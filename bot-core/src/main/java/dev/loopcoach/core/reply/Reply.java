package dev.loopcoach.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coach says back: blocks to show and the actions offered next. {@code kind} lets adapters
 * pick a presentation (e.g. an error is ephemeral and short) without inspecting the text.
 */
public record Reply(Kind kind, List<Block> blocks, List<Action> actions) {

    public enum Kind { INFO, QUESTION, FEEDBACK, SUMMARY, ERROR }

    public Reply {
        blocks = List.copyOf(blocks);
        actions = List.copyOf(actions);
    }

    public static Reply info(String text) {
        return new Reply(Kind.INFO, List.of(new Block.Paragraph(text)), List.of());
    }

    /** A friendly message for bad input or an expected failure; nothing was changed. */
    public static Reply error(String text) {
        return new Reply(Kind.ERROR, List.of(new Block.Paragraph(text)), List.of());
    }

    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** Joins two replies (e.g. feedback followed by the next question); the later actions win. */
    public Reply then(Reply next) {
        List<Block> all = new ArrayList<>(blocks);
        if (!blocks.isEmpty() && !next.blocks.isEmpty()) {
            all.add(new Block.Divider());
        }
        all.addAll(next.blocks);
        Kind k = next.kind == Kind.INFO ? kind : next.kind;
        return new Reply(k, all, next.actions);
    }

    /** All text in the reply, for logs and tests. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                sb.append(h.text()).append('\n');
            } else if (b instanceof Block.Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (b instanceof Block.Bullets l) {
                if (!l.title().isEmpty()) {
                    sb.append(l.title()).append('\n');
                }
                l.items().forEach(i -> sb.append("- ").append(i).append('\n'));
            } else if (b instanceof Block.Quote q) {
                sb.append("> ").append(q.text()).append('\n');
            } else if (b instanceof Block.Fields f) {
                f.fields().forEach(x -> sb.append(x.name()).append(": ").append(x.value()).append('\n'));
            } else if (b instanceof Block.QuestionCard c) {
                sb.append(c.label()).append(": ").append(c.text()).append(" [").append(String.join(", ", c.tags())).append("]\n");
            } else if (b instanceof Block.Attachment a) {
                sb.append("[file ").append(a.fileName()).append(": ").append(a.summary()).append("]\n");
            } else if (b instanceof Block.Image i) {
                sb.append("[image ").append(i.fileName()).append(": ").append(i.altText()).append("]\n");
            } else if (b instanceof Block.Deadline d) {
                sb.append(d.utc()).append('\n');
            }
        }
        return sb.toString();
    }

    public static final class Builder {
        private final Kind kind;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder heading(String text) {
            blocks.add(new Block.Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Block.Paragraph(text));
            return this;
        }

        public Builder bullets(String title, List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Block.Bullets(title, items));
            }
            return this;
        }

        public Builder quote(String text) {
            blocks.add(new Block.Quote(text));
            return this;
        }

        public Builder fields(List<Block.Field> fields) {
            blocks.add(new Block.Fields(fields));
            return this;
        }

        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        public Builder blocks(List<Block> more) {
            blocks.addAll(more);
            return this;
        }

        public Builder actions(Action... more) {
            actions.addAll(List.of(more));
            return this;
        }

        public Reply build() {
            return new Reply(kind, blocks, actions);
        }
    }
}
