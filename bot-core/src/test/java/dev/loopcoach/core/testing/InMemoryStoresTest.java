package dev.loopcoach.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.session.SessionId;
import java.util.Set;

/** The in-memory stores keep the same contract as the database ones. */
class InMemoryStoresTest extends StoreContract {
    private InMemoryStores shared;

    @Override
    protected StoreSet openStores() {
        if (shared == null) {
            shared = new InMemoryStores();
            return shared.asStoreSet();
        }
        return shared.sibling().asStoreSet();
    }

    @Override
    protected void assertNoTraceOf(UserKey user, Set<SessionId> sessionIds) {
        assertThat(shared.holdsAnythingAbout(user, sessionIds)).isFalse();
    }

    @Override
    protected void cleanUp() {
        shared = null;
    }
}
