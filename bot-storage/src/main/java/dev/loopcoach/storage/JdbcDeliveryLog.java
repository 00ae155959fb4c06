package dev.loopcoach.storage;

import dev.loopcoach.core.port.DeliveryLog;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deliveries in {@code delivery_log} (migration V3). {@link #firstDelivery} is one insert that the primary key lets
 * succeed once: under concurrent inserts of one id PostgreSQL (and H2) make the later ones wait for the first and
 * then do nothing. Every {@code pruneEvery} (measured in delivery times) a delivery also removes the rows older than
 * {@code keep}, so the table stays small without a separate job.
 */
final class JdbcDeliveryLog implements DeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcDeliveryLog.class);

    private final Database db;
    private final Duration keep;
    private final Duration pruneEvery;
    private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

    JdbcDeliveryLog(Database db, Duration keep, Duration pruneEvery) {
        this.db = db;
        this.keep = Objects.requireNonNull(keep, "keep");
        this.pruneEvery = Objects.requireNonNull(pruneEvery, "pruneEvery");
        if (keep.isNegative() || keep.isZero() || pruneEvery.isNegative()) {
            throw new IllegalArgumentException("keep must be positive and pruneEvery not negative");
        }
    }

    @Override
    public boolean firstDelivery(String platform, String deliveryId, Instant at) {
        DeliveryLog.requireValid(platform, deliveryId);
        Objects.requireNonNull(at, "at");
        boolean first = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into delivery_log (platform, event_id, received_at)"
                    + " values (?, ?, ?) on conflict do nothing")) {
                ps.setString(1, platform);
                ps.setString(2, deliveryId);
                Rows.setInstant(ps, 3, at);
                return ps.executeUpdate() == 1;
            }
        });
        pruneIfDue(at);
        return first;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return db.write(c -> Rows.update(c, "delete from delivery_log where received_at < ?",
                OffsetDateTime.ofInstant(Rows.micros(cutoff), ZoneOffset.UTC)));
    }

    /** One caller per period prunes; a failed prune is logged and tried again next period (the insert already counted). */
    private void pruneIfDue(Instant at) {
        Instant due = nextPrune.get();
        if (at.isBefore(due) || !nextPrune.compareAndSet(due, at.plus(pruneEvery))) {
            return;
        }
        try {
            int removed = forgetBefore(at.minus(keep));
            if (removed > 0) {
                LOG.debug("pruned {} deliveries older than {}", removed, keep);
            }
        } catch (StorageException e) {
            LOG.warn("pruning old deliveries failed: {}", e.getMessage());
        }
    }
}
