package dev.loopcoach.app.config;

import dev.loopcoach.core.CoachSettings;
import java.nio.file.Path;
import java.util.List;

/** The whole configuration, one nested record per module. Secrets are not here: they are read from the environment where used. */
public record AppConfig(Path source, CoachSettings interview, Bank bank, Storage storage, Discord discord, Slack slack, Daily daily) {

    public record Bank(Path customPacks) {
    }

    /**
     * {@code dbUrl} empty means the embedded H2 database in {@code dataDir}. {@code keepFinishedSessionsDays}: finished
     * interview sessions (their transcripts) older than this are deleted by the bots' scheduler; 0 keeps them for ever.
     * Practice history, stories and plans are kept either way.
     */
    public record Storage(Path dataDir, String dbUrl, String dbUser, int poolSize, int keepFinishedSessionsDays) {
        public Storage(Path dataDir, String dbUrl, String dbUser, int poolSize) {
            this(dataDir, dbUrl, dbUser, poolSize, 0);
        }

        public boolean embedded() {
            return dbUrl.isBlank();
        }
    }

    public record Discord(String guild, String apiUrl, String gatewayUrl, int shardsTotal, String shardRange) {
    }

    public record Slack(String mode, int port, String apiUrl, List<String> admins) {
    }

    public record Daily(int graceMinutes, int pollSeconds) {
    }
}
