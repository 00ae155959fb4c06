package dev.loopcoach.slack.event;

import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.DeliveryLog;
import dev.loopcoach.slack.SlackUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable layer of the dedupe: Slack event ids in the core's {@link DeliveryLog} (the database), shared by every
 * instance and kept across restarts. When the log cannot be reached the event counts as new: the in-memory layer has
 * already stopped this instance's repeats, and a second answer is better than none.
 */
public final class DeliveryLogDedupe implements EventDedupe {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLogDedupe.class);

    private final DeliveryLog log;
    private final Clock clock;

    public DeliveryLogDedupe(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String eventId) {
        try {
            return log.firstDelivery(SlackUsers.PLATFORM, eventId, clock.now());
        } catch (RuntimeException e) {
            LOG.warn("Could not check event {} in the delivery log ({}); handling it", eventId, e.toString());
            return true;
        }
    }
}
