package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which STAR parts the answer has, each with the sentences that show it (empty list = missing). */
public record StarFinding(Map<StarPart, List<String>> evidence) {

    public StarFinding {
        Map<StarPart, List<String>> copy = new EnumMap<>(StarPart.class);
        for (StarPart p : StarPart.values()) {
            copy.put(p, List.copyOf(evidence.getOrDefault(p, List.of())));
        }
        evidence = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean has(StarPart part) {
        return !evidence.get(part).isEmpty();
    }

    public List<String> evidenceFor(StarPart part) {
        return evidence.get(part);
    }

    public List<StarPart> missing() {
        List<StarPart> out = new ArrayList<>();
        for (StarPart p : StarPart.values()) {
            if (!has(p)) {
                out.add(p);
            }
        }
        return out;
    }

    public int count() {
        return StarPart.values().length - missing().size();
    }
}
