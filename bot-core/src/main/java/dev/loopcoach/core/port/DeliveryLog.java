package dev.loopcoach.core.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Which platform deliveries were already handled, shared by every process on one store. Platforms deliver some
 * things more than once (Slack retries an event with the same {@code event_id} when the first delivery looked slow);
 * the first caller for a delivery id handles it, every later one (in this process or another) leaves it alone.
 * Entries only need to outlive the platform's retries; stores forget them after {@link #KEEP}.
 */
public interface DeliveryLog {
    /** How long a delivery is remembered: far longer than any platform's retry window (Slack's last retry: ~5 min). */
    Duration KEEP = Duration.ofDays(1);
    /** The longest delivery id a store must accept. */
    int MAX_ID_LENGTH = 255;

    /**
     * Records the delivery; true only for the first call with this platform and id, false for every repeat.
     * Atomic: of concurrent calls with the same id, in one process or several, exactly one gets true.
     *
     * @param at when it arrived (what {@link #forgetBefore} compares against)
     * @throws IllegalArgumentException when the platform or id is blank or too long
     */
    boolean firstDelivery(String platform, String deliveryId, Instant at);

    /** Forgets the deliveries that arrived before {@code cutoff}; returns how many. */
    int forgetBefore(Instant cutoff);

    /** The argument checks every implementation applies. */
    static void requireValid(String platform, String deliveryId) {
        if (platform == null || !platform.matches("[a-z]{2,16}")) {
            throw new IllegalArgumentException("platform must be 2-16 lower-case letters: " + platform);
        }
        if (deliveryId == null || deliveryId.isBlank() || deliveryId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("delivery id must be 1-" + MAX_ID_LENGTH + " characters");
        }
    }
}
