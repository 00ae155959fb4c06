package dev.loopcoach.core.session;

import dev.loopcoach.core.reply.Reply;

/** Writes the end-of-session summary; the practice summary and the loop debrief are two of these. */
public interface SessionSummarizer {
    Reply summarize(InterviewSession session);
}
