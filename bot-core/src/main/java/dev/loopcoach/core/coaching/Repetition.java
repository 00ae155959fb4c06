package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.ParsedText;
import java.util.HashSet;
import java.util.Set;

/**
 * Sentences that say again what the answer already said (rubric section 4: repeating or padding the same content
 * never raises a vote). A sentence repeats when most of its content words were all used before.
 */
final class Repetition {
    /** The answer without its repeated sentences, and how many there were. */
    record Reading(String withoutRepeats, int repeated) {
    }

    private static final double REPEAT_SHARE = 0.8;

    private Repetition() {
    }

    static Reading read(ParsedText text) {
        Set<String> seen = new HashSet<>();
        StringBuilder kept = new StringBuilder();
        int repeated = 0;
        for (int i = 0; i < text.sentences().size(); i++) {
            Set<String> here = Terms.of(text, text.sentence(i));
            int old = Terms.overlap(here, seen);
            if (here.size() >= 3 && old >= REPEAT_SHARE * here.size()) {
                repeated++;
                continue;
            }
            seen.addAll(here);
            if (kept.length() > 0) {
                kept.append(' ');
            }
            kept.append(text.text(text.sentence(i)).strip());
        }
        return new Reading(kept.toString(), repeated);
    }
}
