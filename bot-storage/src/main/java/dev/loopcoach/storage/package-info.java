/**
 * JDBC adapters for the core's storage ports. Entry point: {@link dev.loopcoach.storage.Storage#open}.
 *
 * <ul>
 *   <li>Databases: an embedded H2 file by default ({@link dev.loopcoach.storage.DatabaseConfig#h2File}), PostgreSQL by
 *       URL. One set of Flyway migrations ({@code db/migration}) serves both: H2 runs in PostgreSQL mode, and H2 is
 *       opened with {@code WRITE_DELAY=0} so a commit survives a SIGKILL of the process.</li>
 *   <li>Sessions are JSON documents with a version for optimistic locking; a bounded Caffeine cache keeps parsed hot
 *       sessions and is validated against the database version on every read (see {@code JdbcSessionStore}).</li>
 *   <li>Practice history keeps its per-principle votes in a child table ({@code practice_votes}) so progress per
 *       principle is a plain query.</li>
 *   <li>No JDBC type leaves this package: rows become core records.</li>
 * </ul>
 */
package dev.loopcoach.storage;
