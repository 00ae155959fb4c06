package dev.loopcoach.core.session;

import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.reply.Reply;
import java.util.List;

/** The result of one move in an interview: the next session, what to tell the user, and history to record. */
public record Transition(InterviewSession next, Reply reply, List<PracticeEntry> practiced) {
    public Transition {
        practiced = List.copyOf(practiced);
    }
}
