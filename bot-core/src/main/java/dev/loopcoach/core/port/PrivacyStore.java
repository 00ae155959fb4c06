package dev.loopcoach.core.port;

import java.util.Map;

/** Everything stored about one person, to export or erase on request. */
public interface PrivacyStore {
    /** All data about the user as plain JSON-able maps and lists (sessions, history, stories, settings). */
    Map<String, Object> export(UserKey user);

    /** Removes every row about the user; returns how many records were deleted. */
    int deleteAll(UserKey user);
}
