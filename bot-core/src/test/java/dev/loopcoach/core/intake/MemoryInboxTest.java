package dev.loopcoach.core.intake;

import dev.loopcoach.core.port.Inbox;
import dev.loopcoach.core.testing.InboxContract;

/** The inbox contract on the in-memory inbox; every "process" shares one instance, as processes share a database. */
class MemoryInboxTest extends InboxContract {
    private final MemoryInbox shared = new MemoryInbox();

    @Override
    protected Inbox process() {
        return shared;
    }
}
