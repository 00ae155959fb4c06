package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A start on an up-to-date database skips Flyway; anything else (new, behind, a failed step) goes through it. */
class StartupMigrationTest {

    @Test
    void theLatestVersionIsTheHighestMigrationShipped() throws IOException, URISyntaxException {
        Path dir = Path.of(Database.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            int highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(Database.LATEST_VERSION).isEqualTo(String.valueOf(highest));
        }
    }

    @Test
    void aNewDatabaseIsMigrated_thenAnUpToDateOneIsRecognised_andOneBehindIsMigratedAgain() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2Memory("startup-" + UUID.randomUUID());
        try (Storage keepAlive = Storage.open(config)) {
            assertThat(Database.upToDate(keepAlive.dataSource())).isTrue();
            keepAlive.database().write(c -> Rows.update(c, "delete from \"flyway_schema_history\" where \"version\" = ?",
                    Database.LATEST_VERSION));
            keepAlive.database().write(c -> Rows.update(c, "drop table peer_votes") + Rows.update(c, "drop table peer_pairs")
                    + Rows.update(c, "drop table peer_offers"));
            assertThat(Database.upToDate(keepAlive.dataSource())).as("one version behind").isFalse();

            try (Storage again = Storage.open(config)) {
                assertThat(Database.upToDate(again.dataSource())).isTrue();
                Boolean table = again.database().read(c -> {
                    try (var rs = c.getMetaData().getTables(null, null, "peer_votes", null)) {
                        return rs.next();
                    }
                });
                assertThat(table).as("the missing migration was applied again").isTrue();
            }
        }
    }
}
