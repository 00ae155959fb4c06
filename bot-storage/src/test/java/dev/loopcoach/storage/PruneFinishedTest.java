package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.testing.StoreFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operator's retention: finished sessions older than it go; open ones and recent ones stay (H2 and PostgreSQL). */
class PruneFinishedTest {
    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private static void prunes(DatabaseConfig config) {
        try (Storage s = Storage.open(config)) {
            UserKey ana = StoreFixtures.user("ana-" + UUID.randomUUID().toString().substring(0, 6));
            StoredSession oldDone = finish(s, StoreFixtures.newSession(ana, NOW.minus(Duration.ofDays(40))), NOW.minus(Duration.ofDays(40)));
            StoredSession recentDone = finish(s, StoreFixtures.newSession(ana, NOW.minus(Duration.ofDays(2))), NOW.minus(Duration.ofDays(2)));
            StoredSession oldOpen = s.sessions().create(StoreFixtures.newSession(ana, NOW.minus(Duration.ofDays(50))));

            int gone = s.pruneFinished(NOW.minus(Duration.ofDays(30)));

            assertThat(gone).isGreaterThanOrEqualTo(1);
            assertThat(s.sessions().find(oldDone.session().id())).isEmpty();
            assertThat(s.sessions().find(recentDone.session().id())).isPresent();
            assertThat(s.sessions().find(oldOpen.session().id())).as("an unfinished interview is never pruned").isPresent();
        }
    }

    private static StoredSession finish(Storage s, InterviewSession session, Instant at) {
        StoredSession created = s.sessions().create(session);
        return s.sessions().update(session.with(new SessionState.Finished(at, true), at), created.version());
    }

    @Test
    void onH2() {
        prunes(DatabaseConfig.h2Memory("prune-" + UUID.randomUUID()));
    }

    @Test
    void onPostgres() throws Exception {
        PostgresTestDatabase.requireReachable();
        DatabaseConfig config = PostgresTestDatabase.config().withSchema(PostgresTestDatabase.createSchema());
        try {
            prunes(config);
        } finally {
            PostgresTestDatabase.dropSchema(config.schema());
        }
    }
}
