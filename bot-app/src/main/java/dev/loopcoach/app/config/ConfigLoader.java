package dev.loopcoach.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.loopcoach.core.CoachSettings;
import dev.loopcoach.core.bank.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code config/coach.yaml} strictly: an unknown key or a wrong type stops start-up with a message naming
 * the file, the key and the fix. Environment variables override keys; secrets are refused in the file.
 */
public final class ConfigLoader {
    private static final Set<String> SECRET_WORDS = Set.of("token", "secret", "password");

    /** Every known key: its type, the environment variable that overrides it, and the allowed range or values. */
    private enum Key {
        QUESTIONS("interview.questionsPerInterview", Type.INT, "COACH_QUESTIONS_PER_INTERVIEW", 1, 10),
        FOLLOW_UPS("interview.followUpsPerQuestion", Type.INT, "COACH_FOLLOW_UPS_PER_QUESTION", 0, 3),
        LEVEL("interview.defaultLevel", Type.LEVEL, "COACH_DEFAULT_LEVEL", 0, 0),
        MAX_ANSWER("interview.maxAnswerChars", Type.INT, "COACH_MAX_ANSWER_CHARS", 100, 200_000),
        PACKS("bank.customPacks", Type.STRING, "COACH_QUESTION_PACKS", 0, 0),
        DATA_DIR("storage.dataDir", Type.STRING, "COACH_DATA_DIR", 0, 0),
        DB_URL("storage.dbUrl", Type.STRING, "COACH_DB_URL", 0, 0),
        DB_USER("storage.dbUser", Type.STRING, "COACH_DB_USER", 0, 0),
        POOL("storage.poolSize", Type.INT, "COACH_DB_POOL_SIZE", 1, 50),
        GUILD("discord.guild", Type.STRING, "COACH_DISCORD_GUILD", 0, 0),
        DISCORD_API("discord.apiUrl", Type.STRING, "COACH_DISCORD_API_URL", 0, 0),
        DISCORD_GATEWAY("discord.gatewayUrl", Type.STRING, "COACH_DISCORD_GATEWAY_URL", 0, 0),
        SHARDS("discord.shardsTotal", Type.INT, "COACH_DISCORD_SHARDS_TOTAL", 0, 10_000),
        SHARD_RANGE("discord.shardRange", Type.STRING, "COACH_DISCORD_SHARD_RANGE", 0, 0),
        SLACK_MODE("slack.mode", Type.SLACK_MODE, "COACH_SLACK_MODE", 0, 0),
        SLACK_PORT("slack.port", Type.INT, "COACH_SLACK_PORT", 1, 65_535),
        SLACK_API("slack.apiUrl", Type.STRING, "COACH_SLACK_API_URL", 0, 0),
        SLACK_ADMINS("slack.admins", Type.STRING, "COACH_SLACK_ADMINS", 0, 0),
        GRACE("daily.graceMinutes", Type.INT, "COACH_DAILY_GRACE_MINUTES", 0, 24 * 60),
        POLL("daily.pollSeconds", Type.INT, "COACH_DAILY_POLL_SECONDS", 5, 300),
        KEEP_SESSIONS("storage.keepFinishedSessionsDays", Type.INT, "COACH_KEEP_FINISHED_SESSIONS_DAYS", 0, 36_500);

        final String path;
        final Type type;
        final String env;
        final int min;
        final int max;

        Key(String path, Type type, String env, int min, int max) {
            this.path = path;
            this.type = type;
            this.env = env;
            this.min = min;
            this.max = max;
        }
    }

    private enum Type { INT, STRING, LEVEL, SLACK_MODE }

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("interview.questionsPerInterview", "3"), Map.entry("interview.followUpsPerQuestion", "2"),
            Map.entry("interview.defaultLevel", "senior"), Map.entry("interview.maxAnswerChars", "20000"),
            Map.entry("bank.customPacks", "config/questions"), Map.entry("storage.dataDir", "data"),
            Map.entry("storage.dbUrl", ""), Map.entry("storage.dbUser", ""), Map.entry("storage.poolSize", "5"),
            Map.entry("discord.guild", ""), Map.entry("discord.apiUrl", ""), Map.entry("discord.gatewayUrl", ""),
            Map.entry("discord.shardsTotal", "0"), Map.entry("discord.shardRange", ""),
            Map.entry("slack.mode", "socket"), Map.entry("slack.port", "3000"), Map.entry("slack.apiUrl", ""),
            Map.entry("slack.admins", ""), Map.entry("daily.graceMinutes", "120"), Map.entry("daily.pollSeconds", "30"),
            Map.entry("storage.keepFinishedSessionsDays", "0"));

    private final Path home;
    private final Map<String, String> env;

    /** @param home folder that relative paths are resolved against (the Loop Coach folder) */
    public ConfigLoader(Path home, Map<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** Loads {@code file}, which must exist when given explicitly; the default file may be absent (defaults apply). */
    public AppConfig load(Path file, boolean explicit) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        String name = file.toString();
        if (Files.exists(file)) {
            readFile(file, name, values);
        } else if (explicit) {
            throw new ConfigException(name + ": file not found. Fix: pass an existing file to --config / COACH_CONFIG, "
                    + "or copy config/coach.yaml.");
        }
        for (Key k : Key.values()) {
            String override = env.get(k.env);
            if (override != null) {
                values.put(k.path, override.strip());
            }
        }
        for (Key k : Key.values()) {
            check(k, values.get(k.path), env.containsKey(k.env) ? "environment variable " + k.env : name + " (key " + k.path + ")");
        }
        return build(file, values);
    }

    private void readFile(Path file, String name, Map<String, String> values) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            String msg = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new ConfigException(name + ": is not valid YAML (" + msg + "). Fix: check the indentation and colons near that line.");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return;
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": must be a YAML mapping of sections (interview:, bank:, storage:, discord:, slack:, daily:).");
        }
        Set<String> sections = Set.of("interview", "bank", "storage", "discord", "slack", "daily");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            if (!sections.contains(section.getKey())) {
                throw unknown(name, section.getKey(), "known sections are " + String.join(", ", sections.stream().sorted().toList()));
            }
            if (section.getValue().isNull()) {
                continue;
            }
            if (!section.getValue().isObject()) {
                throw new ConfigException(name + ": key " + section.getKey() + " must be a section of keys. Fix: indent its keys under it.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> keys = section.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = keys.next();
                String path = section.getKey() + "." + entry.getKey();
                if (SECRET_WORDS.stream().anyMatch(w -> entry.getKey().toLowerCase(Locale.ROOT).contains(w))) {
                    throw new ConfigException(name + ": key " + path + " looks like a secret. Fix: remove it from the file and set it "
                            + "in the environment (DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, COACH_DB_PASSWORD).");
                }
                Key key = Arrays.stream(Key.values()).filter(k -> k.path.equals(path)).findFirst()
                        .orElseThrow(() -> unknown(name, path, "keys of " + section.getKey() + " are " + keysOf(section.getKey())));
                JsonNode v = entry.getValue();
                if (v.isNull()) {
                    continue;
                }
                if (key.type == Type.INT && !v.isIntegralNumber()) {
                    throw new ConfigException(name + ": key " + path + " must be a whole number, not " + describe(v)
                            + ". Fix: write e.g. " + path.substring(path.indexOf('.') + 1) + ": " + DEFAULTS.get(path));
                }
                if (key.type != Type.INT && !v.isValueNode()) {
                    throw new ConfigException(name + ": key " + path + " must be a single value, not " + describe(v) + ". Fix: write it on one line.");
                }
                values.put(path, v.asText());
            }
        }
    }

    private void check(Key k, String value, String where) {
        switch (k.type) {
            case INT -> {
                int n;
                try {
                    n = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw new ConfigException(where + ": \"" + value + "\" is not a whole number. Fix: use a number from " + k.min + " to " + k.max + ".");
                }
                if (n < k.min || n > k.max) {
                    throw new ConfigException(where + ": " + n + " is out of range. Fix: use a number from " + k.min + " to " + k.max + ".");
                }
            }
            case LEVEL -> {
                if (Level.parse(value).isEmpty()) {
                    throw new ConfigException(where + ": unknown level \"" + value + "\". Fix: use one of " + Level.keys() + ".");
                }
            }
            case SLACK_MODE -> {
                if (!value.equals("socket") && !value.equals("http")) {
                    throw new ConfigException(where + ": unknown Slack mode \"" + value + "\". Fix: use socket or http.");
                }
            }
            case STRING -> {
                if (k == Key.DB_URL && !value.isBlank() && !value.startsWith("jdbc:postgresql:") && !value.startsWith("jdbc:h2:")) {
                    throw new ConfigException(where + ": \"" + redact(value) + "\" is not a PostgreSQL JDBC URL. "
                            + "Fix: use jdbc:postgresql://HOST:5432/DATABASE, or leave it empty for the embedded database.");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private AppConfig build(Path file, Map<String, String> v) {
        CoachSettings interview = new CoachSettings(Integer.parseInt(v.get(Key.QUESTIONS.path)),
                Integer.parseInt(v.get(Key.FOLLOW_UPS.path)), Level.parse(v.get(Key.LEVEL.path)).orElseThrow(),
                Integer.parseInt(v.get(Key.MAX_ANSWER.path)));
        List<String> admins = Arrays.stream(v.get(Key.SLACK_ADMINS.path).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new AppConfig(file, interview,
                new AppConfig.Bank(resolve(v.get(Key.PACKS.path))),
                new AppConfig.Storage(resolve(v.get(Key.DATA_DIR.path)), v.get(Key.DB_URL.path), v.get(Key.DB_USER.path),
                        Integer.parseInt(v.get(Key.POOL.path)), Integer.parseInt(v.get(Key.KEEP_SESSIONS.path))),
                new AppConfig.Discord(v.get(Key.GUILD.path), v.get(Key.DISCORD_API.path), v.get(Key.DISCORD_GATEWAY.path),
                        Integer.parseInt(v.get(Key.SHARDS.path)), v.get(Key.SHARD_RANGE.path)),
                new AppConfig.Slack(v.get(Key.SLACK_MODE.path), Integer.parseInt(v.get(Key.SLACK_PORT.path)),
                        v.get(Key.SLACK_API.path), admins),
                new AppConfig.Daily(Integer.parseInt(v.get(Key.GRACE.path)), Integer.parseInt(v.get(Key.POLL.path))));
    }

    private Path resolve(String p) {
        Path path = Path.of(p.isBlank() ? "." : p);
        return path.isAbsolute() ? path : home.resolve(path).normalize();
    }

    private static ConfigException unknown(String file, String key, String hint) {
        return new ConfigException(file + ": unknown key " + key + ". Fix: remove it or correct the spelling; " + hint + ".");
    }

    private static String keysOf(String section) {
        return String.join(", ", Arrays.stream(Key.values()).map(k -> k.path)
                .filter(p -> p.startsWith(section + ".")).map(p -> p.substring(section.length() + 1)).toList());
    }

    private static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "the text \"" + v.asText() + "\"";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "a section";
        }
        return v.asText();
    }

    /** JDBC URLs may carry a password parameter; never echo it. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
