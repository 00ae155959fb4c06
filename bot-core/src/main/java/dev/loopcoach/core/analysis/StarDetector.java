package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the STAR parts the story reader marked, with the sentences as evidence (at most 3 per part). */
final class StarDetector {
    private static final int MAX_EVIDENCE = 3;

    private StarDetector() {
    }

    static StarFinding detect(Story story) {
        Map<StarPart, List<String>> evidence = new EnumMap<>(StarPart.class);
        for (StarPart p : StarPart.values()) {
            evidence.put(p, new ArrayList<>());
        }
        if (!story.tellsStory()) {
            return new StarFinding(evidence);
        }
        for (SentenceFacts f : story.sentences()) {
            add(evidence, StarPart.SITUATION, f.situation(), story, f);
            add(evidence, StarPart.TASK, f.task(), story, f);
            add(evidence, StarPart.ACTION, f.action(), story, f);
            // a lesson learned is not an outcome (rubric section 2), unless the sentence also measures one
            add(evidence, StarPart.RESULT, f.result() && (!f.lesson() || !f.resultQuantities().isEmpty()), story, f);
        }
        return new StarFinding(evidence);
    }

    private static void add(Map<StarPart, List<String>> evidence, StarPart part, boolean present, Story story,
            SentenceFacts f) {
        List<String> list = evidence.get(part);
        if (present && list.size() < MAX_EVIDENCE) {
            list.add(Quotes.of(story.text(), f.index()));
        }
    }
}
