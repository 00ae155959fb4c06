package dev.loopcoach.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopcoach.core.bank.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private AppConfig load(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("coach.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader(dir, env).load(file, true);
    }

    @Test
    void theShippedConfigLoadsWithItsDocumentedDefaults() {
        Path shipped = Path.of("..", "config", "coach.yaml").toAbsolutePath().normalize();
        AppConfig config = new ConfigLoader(dir, Map.of()).load(shipped, true);
        assertThat(config.interview().questionsPerInterview()).isEqualTo(3);
        assertThat(config.interview().defaultLevel()).isEqualTo(Level.SENIOR);
        assertThat(config.storage().embedded()).isTrue();
        assertThat(config.storage().dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(config.slack().mode()).isEqualTo("socket");
    }

    @Test
    void givenMissingDefaultFile_defaultsApply() {
        AppConfig config = new ConfigLoader(dir, Map.of()).load(dir.resolve("absent.yaml"), false);
        assertThat(config.interview().followUpsPerQuestion()).isEqualTo(2);
    }

    @Test
    void givenMissingExplicitFile_startupStopsNamingIt() {
        assertThatThrownBy(() -> new ConfigLoader(dir, Map.of()).load(dir.resolve("nope.yaml"), true))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.yaml").hasMessageContaining("Fix:");
    }

    @Test
    void givenUnknownKey_messageNamesFileKeyAndFix() {
        assertThatThrownBy(() -> load("interview:\n  questionsPerInterveiw: 4\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("coach.yaml")
                .hasMessageContaining("interview.questionsPerInterveiw")
                .hasMessageContaining("questionsPerInterview");
        assertThatThrownBy(() -> load("discrod:\n  guild: \"1\"\n", Map.of())).hasMessageContaining("unknown key discrod");
    }

    @Test
    void givenWrongType_messageNamesKeyAndExpectedType() {
        assertThatThrownBy(() -> load("interview:\n  questionsPerInterview: three\n", Map.of()))
                .hasMessageContaining("interview.questionsPerInterview").hasMessageContaining("whole number");
        assertThatThrownBy(() -> load("interview:\n  followUpsPerQuestion: 9\n", Map.of()))
                .hasMessageContaining("out of range").hasMessageContaining("0 to 3");
        assertThatThrownBy(() -> load("interview:\n  defaultLevel: wizard\n", Map.of()))
                .hasMessageContaining("unknown level \"wizard\"");
    }

    @Test
    void givenSecretInFile_startupRefusesIt() {
        assertThatThrownBy(() -> load("discord:\n  token: abc\n", Map.of()))
                .hasMessageContaining("discord.token").hasMessageContaining("environment")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("abc"));
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        AppConfig config = load("interview:\n  questionsPerInterview: 4\nslack:\n  mode: socket\n",
                Map.of("COACH_QUESTIONS_PER_INTERVIEW", "5", "COACH_SLACK_MODE", "http", "COACH_SLACK_ADMINS", "U1, U2"));
        assertThat(config.interview().questionsPerInterview()).isEqualTo(5);
        assertThat(config.slack().mode()).isEqualTo("http");
        assertThat(config.slack().admins()).containsExactly("U1", "U2");
    }

    @Test
    void givenBadEnvironmentValue_messageNamesTheVariable() {
        assertThatThrownBy(() -> load("", Map.of("COACH_SLACK_PORT", "eighty")))
                .hasMessageContaining("COACH_SLACK_PORT").hasMessageContaining("whole number");
    }

    @Test
    void givenDatabaseUrlWithPassword_messageNeverEchoesIt() {
        assertThatThrownBy(() -> load("", Map.of("COACH_DB_URL", "mysql://db?password=hunter2")))
                .hasMessageContaining("COACH_DB_URL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
