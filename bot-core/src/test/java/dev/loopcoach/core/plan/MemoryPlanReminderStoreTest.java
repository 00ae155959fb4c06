package dev.loopcoach.core.plan;

import dev.loopcoach.core.testing.InMemoryStores;
import dev.loopcoach.core.testing.ManualClock;
import dev.loopcoach.core.testing.PlanReminderStoreContract;

/** The plan-reminder contract on the in-memory stores the core's tests use. */
class MemoryPlanReminderStoreTest extends PlanReminderStoreContract {
    private final InMemoryStores stores = new InMemoryStores(ManualClock.at("2027-01-11T00:00:00Z"));

    @Override
    protected Process process() {
        return new Process(stores.prefs(), stores.planReminders());
    }
}
