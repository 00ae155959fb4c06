package dev.loopcoach.storage;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.port.UserKey;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link JournaledInboxTest}'s SIGKILL test: keeps letters as fast as it can in the default H2 file
 * store and prints "KEPT id" only after {@code keep} returned, the moment a platform would be acknowledged.
 */
public final class LetterKeeper {
    static final UserKey USER = new UserKey("slack", "U-kill");

    private LetterKeeper() {
    }

    public static void main(String[] args) {
        Storage storage = Storage.open(DatabaseConfig.h2File(Path.of(args[0])));
        for (int i = 0; ; i++) {
            String id = "Ev" + i;
            if (storage.inbox().keep(new Inbox.Letter("slack", id, USER, Inbox.Kind.ANSWER, "answer number " + i, "U-kill",
                    Instant.now()))) {
                System.out.println("KEPT " + id);
                System.out.flush();
            }
        }
    }
}
