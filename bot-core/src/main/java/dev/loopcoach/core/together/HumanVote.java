package dev.loopcoach.core.together;

import dev.loopcoach.core.coaching.Vote;
import java.util.Locale;
import java.util.Optional;

/** Reads a vote a person typed: the full label, its initials (SI, I, NI, SNI) or the 4-to-1 score. */
final class HumanVote {
    private HumanVote() {
    }

    static Optional<Vote> parse(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        Optional<Vote> label = Vote.ofLabel(t);
        if (label.isPresent()) {
            return label;
        }
        return switch (t.replace(" ", "")) {
            case "si", "4", "stronglyinclined", "stronghire", "strongyes" -> Optional.of(Vote.STRONGLY_INCLINED);
            case "i", "3", "inclined", "hire", "yes", "leaninghire" -> Optional.of(Vote.INCLINED);
            case "ni", "2", "notinclined", "nohire", "no", "leaningnohire" -> Optional.of(Vote.NOT_INCLINED);
            case "sni", "1", "stronglynotinclined", "strongno", "strongnohire" -> Optional.of(Vote.STRONGLY_NOT_INCLINED);
            default -> Optional.empty();
        };
    }
}
