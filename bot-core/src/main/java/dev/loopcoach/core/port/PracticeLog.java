package dev.loopcoach.core.port;

import java.util.List;

/** Asked-question history and LP verdicts over time, per user. */
public interface PracticeLog {
    void record(UserKey user, PracticeEntry entry);

    /** All entries of a user, oldest first. */
    List<PracticeEntry> entries(UserKey user);
}
