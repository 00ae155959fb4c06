package dev.loopcoach.core.followup;

import dev.loopcoach.core.coaching.FollowUp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the policies in order and keeps the first {@code max} probes that were not asked before: a probe already
 * in {@code alreadyAsked}, or proposed twice, is skipped (compared ignoring case, spacing and punctuation).
 */
public final class FollowUpPlanner {
    public static final int MAX_PER_QUESTION = 3;

    private final List<FollowUpPolicy> policies;

    public FollowUpPlanner(List<FollowUpPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public static FollowUpPlanner standard() {
        return new FollowUpPlanner(Policies.standard());
    }

    public List<FollowUp> plan(ProbeContext context, Collection<String> alreadyAsked, int max) {
        Set<String> seen = new HashSet<>();
        for (String asked : alreadyAsked) {
            seen.add(key(asked));
        }
        List<FollowUp> out = new ArrayList<>(max);
        for (FollowUpPolicy p : policies) {
            if (out.size() >= max) {
                break;
            }
            for (FollowUp f : p.propose(context)) {
                if (out.size() >= max) {
                    break;
                }
                if (!f.text().isBlank() && seen.add(key(f.text()))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Lower case letters and digits only, so "What data did you use?" equals "what data did you use". */
    static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
