package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.LpScore;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.LpTagging;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/** {@link PrincipleTagger} backed by the cue-lexicon {@link LpTagger}: principles with a clear signal, best first. */
public final class CuePrincipleTagger implements PrincipleTagger {
    /** Weakest score still reported as a principle the text shows. */
    public static final double MIN_SCORE = 0.3;

    private final LpTagger tagger;

    public CuePrincipleTagger(LpTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<LeadershipPrinciple> strongest(String text, int max) {
        LpTagging t = tagger.tag(text == null ? "" : text);
        List<LeadershipPrinciple> out = new ArrayList<>();
        for (LpScore s : t.ranked()) {
            if (out.size() >= max || s.score() < MIN_SCORE) {
                break;
            }
            out.add(s.lp());
        }
        return out;
    }
}
