package dev.loopcoach.core.coaching;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a case answer does the task the question sets. A question about a metric that moved asks for an
 * investigation, so an answer without any diagnosis (cause, segments, checks, hypotheses) answers something else; a
 * question about reducing a problem must talk about that problem, not about growing something instead.
 */
final class CaseTask {
    private static final Pattern DIAGNOSE = Pattern.compile("(?i)\\b(fell|dropped|drops|drop|declined|decreased|spiked|"
            + "jumped|went (up|down)|is up|are up|up but|increased|how (do|would) you read|investigate|root cause|find the cause|"
            + "why (did|is|are|has))\\b");
    private static final Pattern DIAGNOSIS = Pattern.compile("(?i)\\b(cause\\w*|root|segment\\w*|split|break (it )?down|rule out|"
            + "ruling out|check\\w*|hypothes\\w*|investigat\\w*|compare|comparing|dashboard\\w*|logging|logs?|tracking|release\\w*|"
            + "outage\\w*|bug\\w*|query|queries|funnel|cohort\\w*|correlat\\w*|confound\\w*|interpret\\w*|explain\\w*|"
            + "trade-?off|offset|mix|cannibali\\w*|instrument\\w*|a/b|experiment\\w*|holdout|control group|attribut\\w*)\\b");
    private static final Pattern REDUCE = Pattern.compile("(?i)\\b(?:reduce|prevent|avoid|cut|lower|fewer|stop|limit)\\s+"
            + "((?:(?!without\\b|for\\b|in\\b|on\\b|by\\b|while\\b|and\\b|to\\b|with\\b|from\\b)[a-z-]+\\s*){1,3})");

    private CaseTask() {
    }

    /** Why the answer does not do the question's task, or empty when it does (or the task cannot be read). */
    static Optional<String> missed(String question, String answer) {
        if (question == null || answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        if (DIAGNOSE.matcher(question).find()) {
            Set<String> found = new java.util.HashSet<>();
            Matcher m = DIAGNOSIS.matcher(answer);
            while (m.find()) {
                found.add(m.group().toLowerCase(java.util.Locale.ROOT).substring(0, Math.min(5, m.group().length())));
            }
            if (found.size() < 2) {
                return Optional.of("the question asks you to investigate a change, and the answer never looks for its cause");
            }
        }
        Matcher r = REDUCE.matcher(question);
        if (r.find()) {
            Set<String> problem = Terms.of(r.group(1));
            problem.removeAll(Terms.stems("friction people customers customer users user the a an their your"));
            if (!problem.isEmpty() && !mentionsAny(answer, problem)) {
                return Optional.of("the question is about reducing \u201c" + r.group(1).strip() + "\u201d, and the answer never "
                        + "mentions it");
            }
        }
        return Optional.empty();
    }

    /** Some word of the answer starts like a word of the problem (accidental ~ accident, purchases ~ purchase). */
    private static boolean mentionsAny(String answer, Set<String> problem) {
        Set<String> words = Terms.of(answer);
        for (String p : problem) {
            String stem = p.length() > 6 ? p.substring(0, 6) : p;
            for (String w : words) {
                if (w.startsWith(stem) || p.startsWith(w) && w.length() >= 5) {
                    return true;
                }
            }
        }
        return false;
    }
}
