package dev.loopcoach.core.coaching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a follow-up probe asks for. It is decided by the policy that chooses the probe, travels with the probe
 * through the session (and the daily thread), and the reply is judged against it. It is never re-read from the
 * probe's wording afterwards; {@link ProbeWording} exists only for probes whose chooser did not record one.
 */
public enum ProbeIntent {
    OUTCOME("outcome", "the outcome, in numbers"),
    PERSONAL_ROLE("personal-role", "what you personally did"),
    DATA("data", "the data you used and what it showed"),
    PUSHBACK("pushback", "where you pushed back"),
    LESSON("lesson", "what you learned and changed afterwards"),
    DO_DIFFERENTLY("do-differently", "what you would do differently"),
    REAL_EXAMPLE("real-example", "one real example instead of a hypothetical"),
    CLARIFY("clarify", "the specific detail it named"),
    SCOPE("scope", "the scope and scale (people, customers, money, time)"),
    CASE_GOAL("case-goal", "the goal you are optimizing for"),
    CASE_CUSTOMER("case-customer", "a specific customer segment and its pain"),
    CASE_OPTIONS("case-options", "concrete alternatives you considered"),
    CASE_PRIORITY("case-priority", "what you would do first, and why"),
    CASE_METRICS("case-metrics", "how you would measure success"),
    CASE_RISKS("case-risks", "the biggest risk or trade-off, and how you would handle it"),
    GENERAL("general", "more detail on the answer");

    private final String slug;
    private final String asksFor;

    ProbeIntent(String slug, String asksFor) {
        this.slug = slug;
        this.asksFor = asksFor;
    }

    /** The stable name used in stored sessions and in {@code analyze --jsonl}: "outcome", "personal-role"... */
    public String slug() {
        return slug;
    }

    /** "the outcome, in numbers" */
    public String asksFor() {
        return asksFor;
    }

    /** True for the intents of a case walk-through (goal, customer, options, priority, metrics, risks). */
    public boolean caseIntent() {
        return slug.startsWith("case-");
    }

    /** Accepts the slug or the enum name, any case. */
    public static Optional<ProbeIntent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(i -> i.slug.equals(t) || i.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(t))
                .findFirst();
    }
}
