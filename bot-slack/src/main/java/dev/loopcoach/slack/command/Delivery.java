package dev.loopcoach.slack.command;

import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.slack.web.ReplyTarget;
import java.util.Optional;

/** Where a command's answer goes. */
public enum Delivery {
    /**
     * Practice (questions, answers, feedback) lives in the direct message with the bot: buttons, the answer
     * modal and typed answers all work there and nothing expires. Long exports and progress (with its picture) go there
     * too.
     */
    DIRECT_MESSAGE,
    /** Short private information: an ephemeral reply where the command was typed. */
    EPHEMERAL;

    public static Delivery of(CoachCommand c) {
        boolean practice = c instanceof CoachCommand.StartInterview || c instanceof CoachCommand.StartLoop
                || c instanceof CoachCommand.StartWriting || c instanceof CoachCommand.OneQuestion
                || c instanceof CoachCommand.SubmitAnswer || c instanceof CoachCommand.Hint
                || c instanceof CoachCommand.Skip || c instanceof CoachCommand.Repeat || c instanceof CoachCommand.End
                || c instanceof CoachCommand.Resume || c instanceof CoachCommand.ExportMyData
                || c instanceof CoachCommand.FinishDraft
                // progress carries the radar picture, which is uploaded as a file: only a conversation can hold it
                || c instanceof CoachCommand.ShowProgress
                // the prep plan carries its calendar strip and, on request, its .ics file: both are uploaded files
                || c instanceof CoachCommand.Plan;
        return practice ? DIRECT_MESSAGE : EPHEMERAL;
    }

    public ReplyTarget target(SlashInvocation inv) {
        if (this == DIRECT_MESSAGE) {
            return ReplyTarget.directMessage(inv.userId(), Optional.ofNullable(inv.responseUrl()).filter(u -> !u.isBlank()));
        }
        return ReplyTarget.privateTo(inv.userId(), inv.responseUrl());
    }

    /** The immediate ack text; empty when the answer itself follows in the same place. */
    public String ackText(SlashInvocation inv) {
        if (this == DIRECT_MESSAGE && (inv.channelId() == null || !inv.channelId().startsWith("D"))) {
            return "On it: look for me in your direct messages (Apps \u2192 Loop Coach).";
        }
        return "";
    }
}
