package dev.loopcoach.core.testing;

/** The in-memory daily stores keep the same contract as the database ones. */
class InMemoryDailyStoresTest extends DailyStoreContract {
    private InMemoryDailyStores shared;

    @Override
    protected DailyStoreSet openStores() {
        if (shared == null) {
            shared = new InMemoryDailyStores();
            return shared.asStoreSet();
        }
        return shared.sibling().asStoreSet();
    }

    @Override
    protected void cleanUp() {
        shared = null;
    }
}
