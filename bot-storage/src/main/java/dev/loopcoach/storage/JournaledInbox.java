package dev.loopcoach.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.loopcoach.core.port.Inbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox of an embedded H2 file: {@link #keep} writes the letter to a {@link LetterJournal} (one write call) instead of
 * committing it to table {@code inbox}, so the platform's acknowledgement waits for a file append, not for a commit.
 * The letter reaches the table with the first write of its work ({@link #begin} inserts and takes it in one transaction),
 * or within a second from a background mover, or at the next start when the process died first; whatever the table
 * is asked ({@link #unfinished}, a privacy delete) it is asked after every journaled letter moved in.
 *
 * <p>The invariant that makes the journal safe to empty: every letter in the journal is either still {@code pending} here
 * or committed to the table. A letter leaves {@code pending} only after a commit that holds it, and the journal is
 * emptied only while {@code pending} is empty, under the lock appends take too.
 */
final class JournaledInbox implements Inbox, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledInbox.class);
    static final Duration MOVE_EVERY = Duration.ofSeconds(1);
    static final Duration RECENT = Duration.ofMinutes(10);

    private record Key(String platform, String deliveryId) {
        static Key of(Letter l) {
            return new Key(l.platform(), l.deliveryId());
        }
    }

    private final JdbcInbox table;
    private final LetterJournal journal;
    private final Map<Key, Letter> pending = new ConcurrentHashMap<>();
    /**
     * Keys this process journaled lately, kept well past any platform's retries: a repeat is recognised here even while
     * its letter moves from the journal to the table.
     */
    private final Cache<Key, Instant> recent = Caffeine.newBuilder().expireAfterWrite(RECENT).maximumSize(200_000).build();
    private final ScheduledExecutorService mover;
    private volatile CompletableFuture<Void> passDone = new CompletableFuture<>();

    private JournaledInbox(JdbcInbox table, LetterJournal journal) {
        this.table = table;
        this.journal = journal;
        this.mover = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-journal-mover");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Moves the letters an earlier process left in the journal into the table, then starts taking letters.
     *
     * @throws StorageException when the journal cannot be read or its letters cannot be stored (the store does not open)
     */
    static JournaledInbox open(JdbcInbox table, LetterJournal journal) {
        try {
            List<Letter> left = journal.readAll();
            table.keepAll(left);
            journal.clear();
            if (!left.isEmpty()) {
                LOG.info("moved {} letters an earlier process journaled into the inbox", left.size());
            }
        } catch (IOException e) {
            throw new StorageException("the inbox journal " + journal.file() + " could not be read: " + e.getMessage(), e);
        }
        JournaledInbox inbox = new JournaledInbox(table, journal);
        long every = MOVE_EVERY.toMillis();
        inbox.mover.scheduleWithFixedDelay(inbox::scheduledPass, every, every, TimeUnit.MILLISECONDS);
        return inbox;
    }

    @Override
    public boolean keep(Letter letter) {
        Key key = Key.of(letter);
        if (recent.getIfPresent(key) != null || table.known(letter.platform(), letter.deliveryId())) {
            return false; // a repeat: journaled by this process lately, or in the table
        }
        synchronized (journal) {
            if (recent.asMap().putIfAbsent(key, letter.receivedAt()) != null) {
                return false;
            }
            pending.put(key, letter);
            try {
                journal.append(letter);
            } catch (IOException e) {
                pending.remove(key, letter);
                recent.invalidate(key);
                throw new StorageException("the inbox journal could not be written: " + e.getMessage(), e);
            }
        }
        return true;
    }

    @Override
    public boolean keepsLocally() {
        return true;
    }

    @Override
    public boolean begin(Letter letter, Instant now) {
        Key key = Key.of(letter);
        if (!pending.containsKey(key)) {
            return table.begin(letter, now);
        }
        boolean taken = table.keepAndBegin(letter, now);
        pending.remove(key, letter); // committed to the table by now
        return taken;
    }

    @Override
    public boolean retake(String platform, String deliveryId, Instant staleBefore, Instant now) {
        moveInIfPending(platform, deliveryId); // a sweep asked unfinished() first, which moved everything already
        return table.retake(platform, deliveryId, staleBefore, now);
    }

    @Override
    public void done(String platform, String deliveryId) {
        moveInIfPending(platform, deliveryId);
        table.done(platform, deliveryId);
    }

    private void moveInIfPending(String platform, String deliveryId) {
        if (pending.containsKey(new Key(platform, deliveryId))) {
            moveIn();
        }
    }

    @Override
    public List<Letter> unfinished(String platform, Instant staleBefore, int limit) {
        moveIn();
        return table.unfinished(platform, staleBefore, limit);
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        int forgotten = table.forgetDoneBefore(cutoff);
        // what the table forgot is no longer a repeat here either (a journaled letter is never that old)
        recent.asMap().entrySet().removeIf(e -> e.getValue().isBefore(cutoff) && !pending.containsKey(e.getKey()));
        return forgotten;
    }

    /**
     * Commits every journaled letter to the table, then empties the journal if nothing new came meanwhile. Called before
     * the table is read or a person's letters are deleted, and every {@link #MOVE_EVERY}.
     *
     * @throws StorageException when the table cannot take them (they stay journaled and pending)
     */
    void moveIn() {
        List<Letter> batch = List.copyOf(pending.values());
        if (!batch.isEmpty()) {
            table.keepAll(batch);
            batch.forEach(l -> pending.remove(Key.of(l), l));
        }
        synchronized (journal) {
            if (pending.isEmpty()) {
                try {
                    journal.clear();
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the letters are in the table; the next pass empties it
                }
            }
        }
    }

    private void moveQuietly() {
        try {
            moveIn();
        } catch (RuntimeException e) {
            LOG.warn("journaled letters could not be moved into the inbox yet: {}", e.getMessage());
        }
    }

    /** The mover's scheduled pass: one {@link #moveQuietly}, then whoever waits on {@link #nextPass} is told. */
    private void scheduledPass() {
        moveQuietly();
        CompletableFuture<Void> done = passDone;
        passDone = new CompletableFuture<>();
        done.complete(null);
    }

    /** Completes when the mover's current or next scheduled pass has finished (for tests: no polling, no sleeps). */
    CompletableFuture<Void> nextPass() {
        return passDone;
    }

    /** Letters journaled and not yet in the table (for tests). */
    int pending() {
        return pending.size();
    }

    /** Moves what is left into the table (when it still answers) and releases the journal; what could not move is read at the next start. */
    @Override
    public void close() {
        mover.shutdown();
        try {
            mover.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        moveQuietly();
        try {
            journal.close();
        } catch (IOException e) {
            LOG.warn("the inbox journal did not close cleanly: {}", e.getMessage());
        }
    }
}
