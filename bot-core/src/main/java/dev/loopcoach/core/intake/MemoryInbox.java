package dev.loopcoach.core.intake;

import dev.loopcoach.core.port.Inbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An inbox in this process's memory, for an adapter run without a database (embedded use, adapter tests): it
 * recognises repeats and hands out letters like the stored one, but what it holds dies with the process.
 */
public final class MemoryInbox implements Inbox {
    private record Entry(Letter letter, Instant takenAt, boolean done) {
    }

    private final Map<String, Entry> letters = new ConcurrentHashMap<>();

    @Override
    public boolean keep(Letter letter) {
        return letters.putIfAbsent(key(letter.platform(), letter.deliveryId()),
                new Entry(letter, letter.receivedAt(), false)) == null;
    }

    @Override
    public boolean begin(Letter letter, Instant now) {
        boolean[] taken = {false};
        letters.computeIfPresent(key(letter.platform(), letter.deliveryId()), (k, e) -> {
            if (e.done() || !e.takenAt().equals(letter.receivedAt())) {
                return e;
            }
            taken[0] = true;
            return new Entry(e.letter(), now, false);
        });
        return taken[0];
    }

    @Override
    public boolean retake(String platform, String deliveryId, Instant staleBefore, Instant now) {
        boolean[] taken = {false};
        letters.computeIfPresent(key(platform, deliveryId), (k, e) -> {
            if (e.done() || !e.takenAt().isBefore(staleBefore)) {
                return e;
            }
            taken[0] = true;
            return new Entry(e.letter(), now, false);
        });
        return taken[0];
    }

    @Override
    public void done(String platform, String deliveryId) {
        letters.computeIfPresent(key(platform, deliveryId), (k, e) -> new Entry(e.letter(), e.takenAt(), true));
    }

    @Override
    public List<Letter> unfinished(String platform, Instant staleBefore, int limit) {
        List<Letter> out = new ArrayList<>();
        for (Entry e : letters.values()) {
            if (!e.done() && e.letter().platform().equals(platform) && e.takenAt().isBefore(staleBefore)) {
                out.add(e.letter());
            }
        }
        out.sort(Comparator.comparing(Letter::receivedAt));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public int forgetDoneBefore(Instant cutoff) {
        int[] n = {0};
        letters.values().removeIf(e -> {
            boolean old = e.done() && e.letter().receivedAt().isBefore(cutoff);
            n[0] += old ? 1 : 0;
            return old;
        });
        return n[0];
    }

    private static String key(String platform, String id) {
        return platform + '\u0000' + id;
    }
}
