package dev.loopcoach.slack.command;

import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/** Where a command's answer goes. */
public enum Delivery {
    /** Practice (questions, answers, feedback) lives in the direct message with the bot, where typed answers work. */
    DIRECT_MESSAGE,
    /** Short private information: an ephemeral reply in the channel where the command was typed. */
    EPHEMERAL;

    public ReplyTarget target(SlashInvocation inv) {
        if (this == DIRECT_MESSAGE) {
            return ReplyTarget.directMessage(inv.userId(), Optional.ofNullable(inv.responseUrl()));
        }
        return new ReplyTarget.Ephemeral(inv.responseUrl(), inv.userId());
    }

    /** The immediate ack text; empty when the answer itself follows in the same place. */
    public String ackText(SlashInvocation inv) {
        if (this == DIRECT_MESSAGE && (inv.channelId() == null || !inv.channelId().startsWith("D"))) {
            return "On it: look for me in your direct messages (Apps \u2192 Loop Coach).";
        }
        return "";
    }
}
