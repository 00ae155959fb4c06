package dev.loopcoach.core.testing;

import dev.loopcoach.core.port.Inbox;
import java.time.Instant;
import java.util.List;

/** An inbox whose store refuses every call, as an unreachable database or a full disk does. */
public final class DownInbox implements Inbox {
    private static IllegalStateException down() {
        return new IllegalStateException("database unreachable");
    }

    @Override
    public boolean keep(Letter letter) {
        throw down();
    }

    @Override
    public boolean begin(Letter letter, Instant now) {
        throw down();
    }

    @Override
    public boolean retake(String platform, String deliveryId, Instant staleBefore, Instant now) {
        throw down();
    }

    @Override
    public void done(String platform, String deliveryId) {
        throw down();
    }

    @Override
    public List<Letter> unfinished(String platform, Instant staleBefore, int limit) {
        throw down();
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        throw down();
    }
}
