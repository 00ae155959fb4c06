package dev.loopcoach.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Who took the steps (rubric section 2): judged on the action clauses, not the background, so "our app" in the
 * context does not make an all-"I" story "mixed". Falls back to counting I-words against we-words when no step has
 * "I" or "we" as its actor. Also collects passive and hypothetical sentences.
 */
final class OwnershipDetector {
    private OwnershipDetector() {
    }

    static OwnershipFinding detect(Story story) {
        int i = 0;
        int we = 0;
        for (Token t : story.text().tokens()) {
            if (t.isIWord()) {
                i++;
            } else if (t.isWeWord()) {
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
        int mine = 0;
        int ours = 0;
        int oursBefore = 0;
        boolean ownStepSeen = false;
        for (SentenceFacts f : story.sentences()) {
            boolean ownStepHere = false;
            for (Clause c : f.clauses()) {
                boolean step = c.action() && !c.hypothetical();
                if (step && c.actor() == Clause.Actor.I) {
                    mine++;
                    ownStepHere = true;
                } else if (step && c.actor() == Clause.Actor.WE) {
                    if (ownStepSeen) {
                        ours++;
                    } else {
                        oursBefore++;
                    }
                }
            }
            ownStepSeen |= ownStepHere;
        }
        // "we" before the speaker's first own step is the business and its background ("every integration we sold",
        // "we licensed data to pharma"), unless the speaker never takes a step of their own
        if (mine == 0) {
            ours += oursBefore;
        }
        Ownership who = mine + ours == 0 ? Ownership.of(i, we) : byActions(mine, ours);
        return new OwnershipFinding(who, i, we, passive, hypothetical, mine, ours);
    }

    /**
     * "I": every step is the speaker's; "we": the steps are the team's; "mixed" in between, including one "we launched"
     * among several steps of the speaker's own (the rubric reads ownership from the action and the result statements).
     */
    static Ownership byActions(int mine, int ours) {
        if (ours == 0 && mine > 0) {
            return Ownership.I;
        }
        if (mine == 0) {
            return Ownership.WE; // no clear individual step
        }
        return Ownership.MIXED;
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
