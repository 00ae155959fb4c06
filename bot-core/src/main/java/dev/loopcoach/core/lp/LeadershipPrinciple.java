package dev.loopcoach.core.lp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Amazon's 16 Leadership Principles, with their exact public names (list current since July 2021). */
public enum LeadershipPrinciple {
    CUSTOMER_OBSESSION("Customer Obsession", "customer-obsession"),
    OWNERSHIP("Ownership", "ownership"),
    INVENT_AND_SIMPLIFY("Invent and Simplify", "invent-and-simplify"),
    ARE_RIGHT_A_LOT("Are Right, A Lot", "are-right-a-lot"),
    LEARN_AND_BE_CURIOUS("Learn and Be Curious", "learn-and-be-curious"),
    HIRE_AND_DEVELOP("Hire and Develop the Best", "hire-and-develop-the-best"),
    HIGHEST_STANDARDS("Insist on the Highest Standards", "insist-on-the-highest-standards"),
    THINK_BIG("Think Big", "think-big"),
    BIAS_FOR_ACTION("Bias for Action", "bias-for-action"),
    FRUGALITY("Frugality", "frugality"),
    EARN_TRUST("Earn Trust", "earn-trust"),
    DIVE_DEEP("Dive Deep", "dive-deep"),
    BACKBONE("Have Backbone; Disagree and Commit", "have-backbone-disagree-and-commit"),
    DELIVER_RESULTS("Deliver Results", "deliver-results"),
    BEST_EMPLOYER("Strive to be Earth's Best Employer", "strive-to-be-earths-best-employer"),
    BROAD_RESPONSIBILITY("Success and Scale Bring Broad Responsibility", "success-and-scale-bring-broad-responsibility");

    private static final List<LeadershipPrinciple> ALL = List.of(values());

    private final String displayName;
    private final String slug;

    LeadershipPrinciple(String displayName, String slug) {
        this.displayName = displayName;
        this.slug = slug;
    }

    /** The exact public name, e.g. "Have Backbone; Disagree and Commit". Used in all output. */
    public String displayName() {
        return displayName;
    }

    /** A stable, URL- and id-safe key, e.g. "dive-deep". */
    public String slug() {
        return slug;
    }

    public static List<LeadershipPrinciple> all() {
        return ALL;
    }

    /**
     * Reads what a person or a file calls a principle: the exact name, the slug, the enum name,
     * or an unambiguous part of the name ("backbone", "earth's best", "frugal"). Case and punctuation do not matter.
     */
    public static Optional<LeadershipPrinciple> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalize(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (LeadershipPrinciple lp : ALL) {
            if (normalize(lp.displayName).equals(wanted) || normalize(lp.slug).equals(wanted)
                    || normalize(lp.name()).equals(wanted)) {
                return Optional.of(lp);
            }
        }
        List<LeadershipPrinciple> partial = Arrays.stream(values())
                .filter(lp -> normalize(lp.displayName).contains(wanted))
                .toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    /** Lower case, letters and digits only, single spaces. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
