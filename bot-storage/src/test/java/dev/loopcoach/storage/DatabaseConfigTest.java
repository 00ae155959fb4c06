package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void givenDataDirectory_whenH2File_thenPostgresModeFileUrlThatSurvivesAKill() {
        DatabaseConfig config = DatabaseConfig.h2File(Path.of("/srv/coach/data"));

        assertThat(config.url()).isEqualTo("jdbc:h2:file:/srv/coach/data/loopcoach;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=8000;"
                + "DB_CLOSE_ON_EXIT=FALSE");
        assertThat(config.isH2()).isTrue();
        assertThat(config.poolSize()).isEqualTo(DatabaseConfig.DEFAULT_POOL_SIZE);
        assertThat(config.schema()).isNull();
    }

    @Test
    void givenPasswordInPostgresUrl_whenConfigured_thenItMovesOutOfTheUrl() {
        DatabaseConfig config = DatabaseConfig.postgres(
                "jdbc:postgresql://db:5432/coach?password=s%26cret&ssl=true&sslmode=require", "coach", null);

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db:5432/coach?ssl=true&sslmode=require");
        assertThat(config.password()).isEqualTo("s&cret");
        assertThat(config.user()).isEqualTo("coach");
    }

    @Test
    void givenPasswordAsLastOrOnlyParameter_whenConfigured_thenTheUrlStaysWellFormed() {
        assertThat(DatabaseConfig.postgres("jdbc:postgresql://db/coach?ssl=true&PASSWORD=x", "u", "").url())
                .isEqualTo("jdbc:postgresql://db/coach?ssl=true");
        assertThat(DatabaseConfig.postgres("jdbc:postgresql://db/coach?password=x", "u", "").url())
                .isEqualTo("jdbc:postgresql://db/coach");
        DatabaseConfig h2 = new DatabaseConfig("jdbc:h2:mem:x;MODE=PostgreSQL;PASSWORD=pw;DB_CLOSE_DELAY=-1", "sa", null, 2, null);
        assertThat(h2.url()).isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        assertThat(h2.password()).isEqualTo("pw");
    }

    @Test
    void givenPasswordInUrlAndExplicitly_whenConfigured_thenTheExplicitOneWinsAndTheUrlIsClean() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://db/coach?password=old", "u", "new");

        assertThat(config.password()).isEqualTo("new");
        assertThat(config.url()).doesNotContain("old");
    }

    @Test
    void givenUserAndPasswordBeforeTheHost_whenConfigured_thenBothMoveOut() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://coach:hunter2@db:5432/coach", null, null);

        assertThat(config.url()).isEqualTo("jdbc:postgresql://db:5432/coach");
        assertThat(config.user()).isEqualTo("coach");
        assertThat(config.password()).isEqualTo("hunter2");
    }

    @Test
    void givenPassword_whenPrinted_thenHidden() {
        DatabaseConfig config = DatabaseConfig.postgres("jdbc:postgresql://db/coach", "coach", "hunter2");

        assertThat(config.toString()).doesNotContain("hunter2").contains("password=(hidden)").contains("jdbc:postgresql://db/coach");
        assertThat(DatabaseConfig.h2Memory("x").toString()).contains("password=(none)");
    }

    @Test
    void givenEnvironment_whenUrlSet_thenPostgresElseTheH2File() {
        DatabaseConfig pg = DatabaseConfig.fromEnvironment(Map.of("COACH_DB_URL", "jdbc:postgresql://db/coach",
                "COACH_DB_USER", "coach", "COACH_DB_PASSWORD", "pw"), Path.of("/tmp/x"));
        DatabaseConfig h2 = DatabaseConfig.fromEnvironment(Map.of("COACH_DB_URL", " "), Path.of("/tmp/x"));

        assertThat(pg).isEqualTo(new DatabaseConfig("jdbc:postgresql://db/coach", "coach", "pw", DatabaseConfig.DEFAULT_POOL_SIZE, null));
        assertThat(h2.url()).startsWith("jdbc:h2:file:/tmp/x/loopcoach;");
    }

    @Test
    void givenBadSettings_whenConfigured_thenClearMessages() {
        assertThatThrownBy(() -> DatabaseConfig.postgres("", "u", "p")).hasMessageContaining("URL is missing");
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:mysql://db/x", "u", "p")).hasMessageContaining("must start with");
        assertThatThrownBy(() -> DatabaseConfig.postgres("jdbc:h2:file:/tmp/x", "u", "p")).hasMessageContaining("MODE=PostgreSQL");
        assertThatThrownBy(() -> DatabaseConfig.h2Memory("x").withPoolSize(0)).hasMessageContaining("pool size");
        assertThatThrownBy(() -> DatabaseConfig.h2Memory("x").withSchema("Robert'); drop")).hasMessageContaining("schema");
    }
}
