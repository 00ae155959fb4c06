package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.DeliveryLog;

/** The in-memory delivery log keeps the same contract as the database one; its "processes" share one instance. */
class InMemoryDeliveryLogTest extends DeliveryLogContract {
    private InMemoryDeliveryLog shared;

    @Override
    protected DeliveryLog openLog() {
        if (shared == null) {
            shared = new InMemoryDeliveryLog();
        }
        return shared;
    }

    @Override
    protected void cleanUp() {
        shared = null;
    }
}
