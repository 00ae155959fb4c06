package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Objects;
import java.util.Optional;

/** What a channel's daily questions cover. {@link #code()} is the stable stored form. */
public sealed interface Rotation {

    /** A stored code such as {@code all-lps}, {@code category:metrics} or {@code lp:dive-deep}. */
    String code();

    /** How people read it, e.g. "rotating all 16 principles". */
    String describe();

    /** Behavioral questions, walking the 16 Leadership Principles so the channel covers all of them over time. */
    record AllPrinciples() implements Rotation {
        @Override
        public String code() {
            return "all-lps";
        }

        @Override
        public String describe() {
            return "rotating all 16 principles";
        }
    }

    /** Questions of one category (product sense, metrics, ...). */
    record OfCategory(Category category) implements Rotation {
        public OfCategory {
            Objects.requireNonNull(category, "category");
        }

        @Override
        public String code() {
            return "category:" + category.key();
        }

        @Override
        public String describe() {
            return category.label() + " questions";
        }
    }

    /** Questions about one principle only. */
    record SinglePrinciple(LeadershipPrinciple lp) implements Rotation {
        public SinglePrinciple {
            Objects.requireNonNull(lp, "lp");
        }

        @Override
        public String code() {
            return "lp:" + lp.slug();
        }

        @Override
        public String describe() {
            return lp.displayName() + " questions only";
        }
    }

    static Rotation allPrinciples() {
        return new AllPrinciples();
    }

    /** Reads a stored {@link #code()}; empty when it is not one. */
    static Optional<Rotation> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (code.equals("all-lps")) {
            return Optional.of(new AllPrinciples());
        }
        if (code.startsWith("category:")) {
            String key = code.substring("category:".length());
            for (Category c : Category.values()) {
                if (c.key().equals(key)) {
                    return Optional.of(new OfCategory(c));
                }
            }
            return Optional.empty();
        }
        if (code.startsWith("lp:")) {
            String slug = code.substring("lp:".length());
            return LeadershipPrinciple.all().stream().filter(lp -> lp.slug().equals(slug)).findFirst()
                    .map(SinglePrinciple::new);
        }
        return Optional.empty();
    }
}
