package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;

/** Counts I-words against we-words and collects passive and hypothetical sentences. */
final class OwnershipDetector {
    private OwnershipDetector() {
    }

    static OwnershipFinding detect(Story story) {
        int i = 0;
        int we = 0;
        for (Token t : story.text().tokens()) {
            if (Words.FIRST_SINGULAR.contains(t.lower())) {
                i++;
            } else if (Words.FIRST_PLURAL.contains(t.lower())) {
                we++;
            }
        }
        List<String> passive = new ArrayList<>();
        List<String> hypothetical = new ArrayList<>();
        for (SentenceFacts f : story.sentences()) {
            boolean passiveNoActor = f.passive() && !mentionsSelf(story.text(), f.index());
            if (passiveNoActor && passive.size() < 3) {
                passive.add(Quotes.of(story.text(), f.index()));
            }
            if (f.kind() == SentenceFacts.Kind.HYPOTHETICAL && hypothetical.size() < 3) {
                hypothetical.add(Quotes.of(story.text(), f.index()));
            }
        }
        return new OwnershipFinding(Ownership.of(i, we), i, we, passive, hypothetical);
    }

    private static boolean mentionsSelf(ParsedText text, int sentence) {
        Sentence s = text.sentence(sentence);
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = text.token(k).lower();
            if (Words.FIRST_SINGULAR_SUBJECT.contains(w) || Words.FIRST_PLURAL_SUBJECT.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
