package dev.loopcoach.storage;

import static dev.loopcoach.core.testing.StoreFixtures.answeredEntry;
import static dev.loopcoach.core.testing.StoreFixtures.at;
import static dev.loopcoach.core.testing.StoreFixtures.newSession;

import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.Position;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.session.Turn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link H2CrashSafetyTest}: answers in one session as fast as it can and prints
 * "ACK id version" only after each answer (session update + history entry) was committed.
 */
public final class CrashWriter {
    static final UserKey USER = UserKey.console("crash-test");

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Storage storage = Storage.open(DatabaseConfig.h2File(Path.of(args[0])));
        StoredSession stored = storage.sessions().create(newSession(USER, at(0)));
        System.out.println("ACK " + stored.session().id() + " " + stored.version());
        for (int i = 1; ; i++) {
            stored = storage.sessions().update(stored.session().withTurn(turn(i),
                    new SessionState.AwaitingAnswer(Position.start(), i), at(i)), stored.version());
            storage.practice().record(USER, answeredEntry(at(i)));
            System.out.println("ACK " + stored.session().id() + " " + stored.version());
            System.out.flush();
        }
    }

    static Turn turn(int i) {
        return new Turn(0, new QuestionId("beh-dd-003"), Turn.Kind.QUESTION, "Tell me about a root cause you found.", "",
                "answer #" + i, null, Map.of(), Map.of(), Vote.INCLINED, List.of(), at(i));
    }
}
