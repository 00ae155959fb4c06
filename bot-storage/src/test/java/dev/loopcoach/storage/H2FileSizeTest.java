package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.StoredSession;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.testing.StoreFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 file stays small while sessions are rewritten many times: 1,500 interviews of seven writes each, as
 * fast as the store takes them. Measured here: about 285 MB with H2 as it was (every commit leaves a mostly dead chunk),
 * about 118 MB with the one-second retention alone, 77 to 108 MB with the compaction too (the passes run beside the
 * writes, so the end size varies with timing); at 5,000 interviews 950 MB before, 140 MB now. The bound catches the
 * unbounded growth, not the last megabyte.
 */
class H2FileSizeTest {
    @TempDir
    Path dir;

    @Test
    void givenManySessionsRewrittenAgainAndAgain_thenTheFileStaysSmall_andEverySessionReadsBack() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        StoredSession last = null;
        try (Storage s = Storage.open(DatabaseConfig.h2File(dir))) {
            for (int i = 0; i < 1_500; i++) {
                UserKey u = new UserKey("console", "u" + (i % 200));
                StoredSession stored = s.sessions().create(StoreFixtures.newSession(u, t.plusSeconds(i * 60L)));
                for (int k = 0; k < 6; k++) {
                    InterviewSession next = stored.session().withTurn(k % 2 == 0 ? StoreFixtures.answeredQuestion(t)
                            : StoreFixtures.answeredFollowUp(t), stored.session().state(), t.plusSeconds(i * 60L + k));
                    stored = s.sessions().update(next, stored.version());
                }
                last = stored;
            }
            assertThat(size(dir)).as("bytes on disk").isLessThan(150_000_000L);
        }
        try (Storage again = Storage.open(DatabaseConfig.h2File(dir))) {
            assertThat(again.sessions().find(last.session().id())).hasValueSatisfying(
                    r -> assertThat(r.session().transcript()).hasSize(6));
        }
    }

    private static long size(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
