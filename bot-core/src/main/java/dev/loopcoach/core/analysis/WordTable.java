package dev.loopcoach.core.analysis;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per distinct lower-case word, its stem and word-class flags, so the parser computes them once per
 * word rather than once per occurrence. Canonical strings also keep their cached hash codes for the lookups that
 * follow. Bounded: after {@value #MAX_WORDS} distinct words new ones are computed each time and not stored.
 * Entries are pure functions of the word, so the table never changes any result.
 */
final class WordTable {
    static final int MAX_WORDS = 100_000;
    private static final ConcurrentHashMap<String, Entry> WORDS = new ConcurrentHashMap<>(8_192);

    record Entry(String lower, String stem, int flags) {
    }

    private WordTable() {
    }

    /**
     * A direct-mapped front for plain lower-case words, probed with the characters of the text itself, so a word seen
     * before costs no new string and no map lookup. Racy by design: slots hold immutable entries (final fields), and a
     * lost or overwritten slot only means the slower path next time.
     */
    private static final int FAST_SLOTS = 1 << 14;
    private static final Entry[] FAST = new Entry[FAST_SLOTS];

    /** The entry for {@code text[start, end)}, which the caller knows is already lower case. */
    static Entry ofPlain(String text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + text.charAt(k);
        }
        int slot = (h ^ (h >>> 16)) & (FAST_SLOTS - 1);
        Entry e = FAST[slot];
        if (e != null && e.lower().length() == end - start && e.lower().regionMatches(0, text, start, end - start)) {
            return e;
        }
        e = of(text.substring(start, end));
        FAST[slot] = e;
        return e;
    }

    static Entry of(String lower) {
        Entry e = WORDS.get(lower);
        if (e != null) {
            return e;
        }
        e = new Entry(lower, Stemmer.stem(lower), Token.flagsOf(lower));
        if (WORDS.size() < MAX_WORDS) {
            Entry prev = WORDS.putIfAbsent(lower, e);
            if (prev != null) {
                return prev;
            }
        }
        return e;
    }
}
