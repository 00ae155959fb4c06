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
        for (SentenceFacts f : story.sentences()) {
            for (Clause c : f.clauses()) {
                if (c.action() && !c.hypothetical() && c.actor() == Clause.Actor.I) {
                    mine++;
                } else if (c.action() && !c.hypothetical() && c.actor() == Clause.Actor.WE) {
                    ours++;
                }
            }
        }
        Ownership who = mine + ours == 0 ? Ownership.of(i, we) : byActions(mine, ours);
        return new OwnershipFinding(who, i, we, passive, hypothetical, mine, ours);
    }

    /** "I": essentially every step is the speaker's; "we": the steps are the team's; "mixed" in between. */
    static Ownership byActions(int mine, int ours) {
        if (mine >= 3 * ours && mine > 0) {
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
