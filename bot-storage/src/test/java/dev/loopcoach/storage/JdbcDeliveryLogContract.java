package dev.loopcoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.core.testing.DeliveryLogContract;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The delivery-log contract on a real database, plus the pruning that runs along with deliveries. One database
 * (PostgreSQL: one fresh schema) serves the class; each "process" is its own {@link Storage} (own pool).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeliveryLogContract extends DeliveryLogContract {
    private final List<Storage> processes = new ArrayList<>();
    private int handedOut;
    private DatabaseConfig config;

    protected abstract DatabaseConfig freshDatabase() throws Exception;

    protected abstract void dropDatabase(DatabaseConfig config) throws Exception;

    @Override
    protected final DeliveryLog openLog() throws Exception {
        return storage().deliveryLog();
    }

    private Storage storage() throws Exception {
        if (config == null) {
            config = freshDatabase();
        }
        if (handedOut == processes.size()) {
            processes.add(Storage.open(config));
        }
        return processes.get(handedOut++);
    }

    @Override
    protected final void cleanUp() {
        handedOut = 0;
    }

    @AfterAll
    final void closeAndDrop() throws Exception {
        processes.forEach(Storage::close);
        processes.clear();
        if (config != null) {
            dropDatabase(config);
        }
    }

    @Test
    void givenDeliveriesOverTwoDays_whenTheNextDeliveryArrives_thenRowsOlderThanADayArePrunedOnTheWay() throws Exception {
        Database db = storage().database();
        JdbcDeliveryLog log = new JdbcDeliveryLog(db, DeliveryLog.KEEP, Duration.ofMinutes(10));
        String monday = freshId();
        String tuesdayMorning = freshId();
        String tuesdayNoon = freshId();
        Instant mon = Instant.parse("2030-01-07T09:00:00Z");
        log.firstDelivery("slack", monday, mon);
        log.firstDelivery("slack", tuesdayMorning, mon.plus(Duration.ofHours(20)));

        // WHEN a delivery arrives 27 hours after Monday's
        log.firstDelivery("slack", tuesdayNoon, mon.plus(Duration.ofHours(27)));

        // THEN Monday's row is gone (older than a day), the others stay
        assertThat(rows(db, monday)).isZero();
        assertThat(rows(db, tuesdayMorning)).isEqualTo(1);
        assertThat(rows(db, tuesdayNoon)).isEqualTo(1);
    }

    @Test
    void givenAPruneJustRan_whenDeliveriesArriveWithinThePeriod_thenOldRowsWaitForTheNextPrune() throws Exception {
        Database db = storage().database();
        JdbcDeliveryLog log = new JdbcDeliveryLog(db, Duration.ofHours(1), Duration.ofMinutes(10));
        Instant t = Instant.parse("2031-05-05T10:00:00Z");
        String a = freshId();
        String x = freshId();
        log.firstDelivery("slack", a, t);                                        // first call prunes; next at t+10
        log.firstDelivery("slack", x, t.plus(Duration.ofMinutes(5)));            // within the period: no prune
        log.firstDelivery("slack", freshId(), t.plus(Duration.ofMinutes(62)));   // prunes before t+2: a goes; next at t+72
        assertThat(rows(db, a)).isZero();
        assertThat(rows(db, x)).isEqualTo(1);

        // WHEN a delivery arrives at t+70: x is now older than the hour kept, but the period has not passed
        log.firstDelivery("slack", freshId(), t.plus(Duration.ofMinutes(70)));
        // THEN x is still there
        assertThat(rows(db, x)).isEqualTo(1);

        // WHEN the period has passed (t+72)
        log.firstDelivery("slack", freshId(), t.plus(Duration.ofMinutes(72)));
        // THEN x is pruned
        assertThat(rows(db, x)).isZero();
    }

    private static long rows(Database db, String eventId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from delivery_log where event_id = ?")) {
                ps.setString(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
