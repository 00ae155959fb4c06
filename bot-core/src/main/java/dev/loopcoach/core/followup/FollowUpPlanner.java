package dev.loopcoach.core.followup;

import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the policies in order and keeps the first {@code max} probes that were not asked before: a probe already
 * in {@code alreadyAsked}, or proposed twice, is skipped (compared ignoring case, spacing and punctuation), and so is
 * a stock probe that asks for the same thing as a gap probe already planned.
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
        Set<ProbeIntent> gapIntents = new HashSet<>();
        for (FollowUpPolicy p : policies) {
            if (out.size() >= max) {
                break;
            }
            for (FollowUp f : p.propose(context)) {
                if (out.size() >= max) {
                    break;
                }
                // a stock "what was the result?" adds nothing after the outcome gap probe
                boolean sameIntent = p.stock() && f.intent() != ProbeIntent.CLARIFY && f.intent() != ProbeIntent.GENERAL
                        && gapIntents.contains(f.intent());
                if (!f.text().isBlank() && !sameIntent && seen.add(key(f.text()))) {
                    out.add(f);
                    if (!p.stock()) {
                        gapIntents.add(f.intent());
                    }
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
