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
