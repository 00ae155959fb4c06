package dev.loopcoach.storage;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How enums are written in columns: principles by slug, categories by key, votes by constant name.
 * Reading is exact (no fuzzy parsing): an unknown code is a broken row and says so.
 */
final class Codes {
    private static final Map<String, LeadershipPrinciple> LPS = Arrays.stream(LeadershipPrinciple.values())
            .collect(Collectors.toUnmodifiableMap(LeadershipPrinciple::slug, Function.identity()));
    private static final Map<String, Category> CATEGORIES = Arrays.stream(Category.values())
            .collect(Collectors.toUnmodifiableMap(Category::key, Function.identity()));

    private Codes() {
    }

    static String lp(LeadershipPrinciple lp) {
        return lp.slug();
    }

    static LeadershipPrinciple lp(String code) {
        return known(LPS.get(code), "leadership principle", code);
    }

    static String category(Category category) {
        return category.key();
    }

    static Category category(String code) {
        return known(CATEGORIES.get(code), "category", code);
    }

    static String vote(Vote vote) {
        return vote.name();
    }

    static Vote vote(String code) {
        try {
            return Vote.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StorageException("unknown vote in the database: " + code, e);
        }
    }

    private static <T> T known(T value, String what, String code) {
        if (value == null) {
            throw new StorageException("unknown " + what + " in the database: " + code, null);
        }
        return value;
    }
}
