package dev.loopcoach.core.help;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core writes its replies with console commands ("use /resume", "then /done"); each surface respells them as
 * its own command or button before showing them, so no surface names a command it lacks. Only commands standing as
 * words are respelled (not a path in a URL, not one already spelled for the surface), and only in the bot's own
 * text: adapters never pass the candidate's quoted words through it.
 */
public final class Respelling {
    private static final Pattern COMMAND = Pattern.compile(
            "(?<![\\w/.:])/(story add|story save|story bullets|mydata export|mydata delete|plan remind|[a-z]+)\\b");

    private final Map<String, String> spelled;

    /** @param spelled console command (without the slash, e.g. "resume", "story add") to the surface's spelling */
    public Respelling(Map<String, String> spelled) {
        this.spelled = Map.copyOf(spelled);
    }

    /** The reply with the bot's own text respelled; questions and the candidate's quoted words are kept as they are. */
    public dev.loopcoach.core.reply.Reply apply(dev.loopcoach.core.reply.Reply reply) {
        java.util.List<dev.loopcoach.core.reply.Block> blocks = new java.util.ArrayList<>();
        for (dev.loopcoach.core.reply.Block b : reply.blocks()) {
            if (b instanceof dev.loopcoach.core.reply.Block.Paragraph p) {
                blocks.add(new dev.loopcoach.core.reply.Block.Paragraph(respell(p.text())));
            } else if (b instanceof dev.loopcoach.core.reply.Block.Bullets l) {
                blocks.add(new dev.loopcoach.core.reply.Block.Bullets(respell(l.title()), l.items().stream().map(this::respell).toList()));
            } else {
                blocks.add(b);
            }
        }
        return new dev.loopcoach.core.reply.Reply(reply.kind(), blocks, reply.actions());
    }

    public String respell(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return text;
        }
        Matcher m = COMMAND.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String surface = spelled.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(surface == null ? m.group() : surface));
        }
        m.appendTail(out);
        return out.toString();
    }
}
