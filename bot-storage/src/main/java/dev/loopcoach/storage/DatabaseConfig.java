package dev.loopcoach.storage;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. Either an embedded H2 file (the default, nothing to install) or
 * PostgreSQL by JDBC URL. A password written into the URL is moved out of it, so the URL can be logged safely;
 * {@link #toString()} never shows the password.
 *
 * @param schema the schema to work in, or null for the connection's default (PostgreSQL: {@code public})
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, String schema) {
    public static final int DEFAULT_POOL_SIZE = 4;
    public static final String ENV_URL = "COACH_DB_URL";
    public static final String ENV_USER = "COACH_DB_USER";
    public static final String ENV_PASSWORD = "COACH_DB_PASSWORD";

    /** H2 settings that make it accept the same SQL as PostgreSQL; WRITE_DELAY=0 makes every commit survive a SIGKILL. */
    static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * Keeps the embedded file small: closing the store may spend up to {@value #CLOSE_COMPACT_MILLIS} ms moving live data
     * to the front of the file (H2 drops its retention when it closes), so a stopped coach leaves a file near the size of
     * its live data. (H2's own page compression, COMPRESS=TRUE, halved the file too but ran inside every commit and
     * tripled the Slack ack's p99 at 40 commands a second; long session documents are compacted before the write
     * instead, see CompactText.)
     */
    static final int CLOSE_COMPACT_MILLIS = 8_000;
    static final String H2_FILE_SIZE_SETTINGS = ";MAX_COMPACT_TIME=" + CLOSE_COMPACT_MILLIS;

    private static final Pattern PASSWORD_PARAM = Pattern.compile("([?&;])password=([^&;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[a-z0-9]+://)([^/@:]*):([^/@]*)@", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the database URL is missing");
        }
        url = url.trim();
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:postgresql: or jdbc:h2: (got "
                    + url.substring(0, Math.min(url.length(), 20)) + "...)");
        }
        Matcher info = USER_INFO.matcher(url);
        if (info.find()) {
            if (isBlank(user)) {
                user = info.group(2);
            }
            if (isBlank(password)) {
                password = info.group(3);
            }
            url = info.group(1) + url.substring(info.end());
        }
        Matcher param = PASSWORD_PARAM.matcher(url);
        if (param.find()) {
            if (isBlank(password)) {
                // the PostgreSQL driver URL-decodes parameter values; H2 takes them as written
                password = lower.startsWith("jdbc:postgresql:")
                        ? URLDecoder.decode(param.group(2), StandardCharsets.UTF_8) : param.group(2);
            }
            url = removePasswordParams(url);
        }
        if (lower.startsWith("jdbc:h2:") && !lower.contains(";mode=postgresql")) {
            throw new IllegalArgumentException("an H2 URL needs " + H2_SETTINGS
                    + " so the same SQL runs on H2 and PostgreSQL");
        }
        if (lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.contains("db_close_on_exit")) {
            // H2's own JVM shutdown hook would close the database while the app still drains acknowledged work;
            // the app closes it itself, last, when it stops
            url = url + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (poolSize < 1 || poolSize > 64) {
            throw new IllegalArgumentException("the pool size must be between 1 and 64, not " + poolSize);
        }
        if (schema != null && !SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("a schema name is 1-63 lower-case letters, digits or '_': " + schema);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The default: an H2 database in {@code dataDir/loopcoach.mv.db}, created on first use. */
    public static DatabaseConfig h2File(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        if (dir.contains(";")) {
            throw new IllegalArgumentException("the data directory may not contain ';': " + dir);
        }
        return new DatabaseConfig("jdbc:h2:file:" + dir.replace('\\', '/') + "/loopcoach" + H2_SETTINGS
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0" + H2_FILE_SIZE_SETTINGS, "sa", "", DEFAULT_POOL_SIZE, null);
    }

    /** A named H2 database in memory that lives until {@link Database#close} of the last user plus a shutdown; for tests and demos. */
    public static DatabaseConfig h2Memory(String name) {
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("an in-memory database name is 1-64 letters, digits, '-' or '_'");
        }
        return new DatabaseConfig("jdbc:h2:mem:" + name + H2_SETTINGS + ";DB_CLOSE_DELAY=-1", "sa", "", DEFAULT_POOL_SIZE, null);
    }

    public static DatabaseConfig postgres(String url, String user, String password) {
        return new DatabaseConfig(url, user, password, DEFAULT_POOL_SIZE, null);
    }

    /**
     * {@code COACH_DB_URL} (+ {@code COACH_DB_USER}, {@code COACH_DB_PASSWORD}) when set, otherwise the H2 file
     * database in {@code defaultDataDir}.
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> env, Path defaultDataDir) {
        String url = env.get(ENV_URL);
        if (isBlank(url)) {
            return h2File(defaultDataDir);
        }
        return postgres(url, env.get(ENV_USER), env.get(ENV_PASSWORD));
    }

    public DatabaseConfig withSchema(String newSchema) {
        return new DatabaseConfig(url, user, password, poolSize, newSchema);
    }

    public DatabaseConfig withPoolSize(int newPoolSize) {
        return new DatabaseConfig(url, user, password, newPoolSize, schema);
    }

    public boolean isH2() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "(none)" : "(hidden)")
                + ", poolSize=" + poolSize + ", schema=" + (schema == null ? "(default)" : schema) + "]";
    }

    private static String removePasswordParams(String url) {
        String out = url;
        Matcher m = PASSWORD_PARAM.matcher(out);
        while (m.find()) {
            String separator = m.group(1);
            String rest = out.substring(m.end());
            if (separator.equals("?")) {
                // keep the query string well formed: "?password=x&ssl=true" becomes "?ssl=true"
                out = out.substring(0, m.start()) + (rest.startsWith("&") ? "?" + rest.substring(1) : rest);
            } else {
                out = out.substring(0, m.start()) + rest;
            }
            m = PASSWORD_PARAM.matcher(out);
        }
        return out;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
