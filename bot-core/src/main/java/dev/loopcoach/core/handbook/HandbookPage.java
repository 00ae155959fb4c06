package dev.loopcoach.core.handbook;

import dev.loopcoach.core.reply.Block;
import java.util.List;

/** One page of the handbook: its topic key ("process", "tips/offer"), title, other names users type, and content. */
public record HandbookPage(String topic, String title, List<String> aliases, List<Block> blocks) {
    public HandbookPage {
        aliases = List.copyOf(aliases);
        blocks = List.copyOf(blocks);
    }
}
