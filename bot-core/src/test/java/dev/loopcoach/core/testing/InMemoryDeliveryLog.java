package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.DeliveryLog;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DeliveryLog} in memory; share one instance between several "processes" to model a shared database. */
public final class InMemoryDeliveryLog implements DeliveryLog {
    private record Key(String platform, String deliveryId) {
    }

    private final Map<Key, Instant> seen = new ConcurrentHashMap<>();

    @Override
    public boolean firstDelivery(String platform, String deliveryId, Instant at) {
        DeliveryLog.requireValid(platform, deliveryId);
        return seen.putIfAbsent(new Key(platform, deliveryId), at) == null;
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int[] removed = {0};
        seen.entrySet().removeIf(e -> {
            boolean old = e.getValue().isBefore(cutoff);
            if (old) {
                removed[0]++;
            }
            return old;
        });
        return removed[0];
    }

    /** How many deliveries are remembered (for tests). */
    public int size() {
        return seen.size();
    }
}
