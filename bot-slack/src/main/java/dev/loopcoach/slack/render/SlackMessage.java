package dev.loopcoach.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One message ready for chat.postMessage or a response_url: Block Kit blocks within Slack's limits and
 * the escaped fallback text Slack shows in notifications.
 */
public record SlackMessage(String fallbackText, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > SlackLimits.BLOCKS_PER_MESSAGE) {
            throw new IllegalArgumentException("a message holds at most 50 blocks, got " + blocks.size());
        }
        fallbackText = Mrkdwn.truncate(fallbackText == null ? "" : fallbackText, SlackLimits.FALLBACK_TEXT);
    }

    public static SlackMessage text(String plain) {
        return new SlackMessage(Mrkdwn.escape(plain), List.of(BlockKit.section(Mrkdwn.escape(plain))));
    }
}
