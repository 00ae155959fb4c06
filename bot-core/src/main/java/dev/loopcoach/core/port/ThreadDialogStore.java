package dev.loopcoach.core.port;

import dev.loopcoach.core.daily.ThreadDialog;
import java.util.List;
import java.util.Optional;

/** Per post and person, the coaching dialogue in a daily post's thread. Writes are versioned. */
public interface ThreadDialogStore {

    Optional<ThreadDialog> find(long postId, UserKey user);

    /**
     * Stores the dialogue if the stored version is still {@code dialog.version()} (0 = not stored yet) and
     * returns it with the next version.
     * @throws ConcurrentUpdateException when another writer got there first
     */
    ThreadDialog save(ThreadDialog dialog);

    /** All dialogues of a person, oldest first (for the data export). */
    List<ThreadDialog> ofUser(UserKey user);

    /** Erases a person's dialogues; returns how many were removed. */
    int deleteAll(UserKey user);
}
