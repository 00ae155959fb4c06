package dev.loopcoach.core.analysis;

import java.util.List;
import java.util.Set;

/** Counts filler words ("um", "basically", "you know", a "like" between commas) in one pass. */
final class FillerCounter {
    private static final Set<String> ALWAYS = Words.set("um", "umm", "uh", "uhh", "erm", "er", "hmm", "mm", "yeah",
            "basically", "literally", "honestly", "anyway", "anyways", "okay", "ok", "whatnot", "whatever");
    private static final Set<String> PAIRS = Words.set("you know", "kind of", "sort of", "i mean", "i guess");

    private FillerCounter() {
    }

    static int count(ParsedText text) {
        List<Token> tokens = text.tokens();
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (ALWAYS.contains(w)) {
                n++;
            } else if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence()
                    && PAIRS.contains(w + " " + tokens.get(i + 1).lower())) {
                n += 2;
                i++;
            } else if ((w.equals("like") || w.equals("so") || w.equals("right")) && (t.clauseBreak()
                    || i + 1 < tokens.size() && (tokens.get(i + 1).clauseBreak() || tokens.get(i + 1).sentence() != t.sentence()))) {
                n++;
            }
        }
        return n;
    }
}
