package dev.loopcoach.core.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.analysis.LpScore;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.LpTagging;
import java.io.Reader;
import java.io.Writer;

/**
 * {@code coach tag --jsonl}: each input line {@code {"id":"...","text":"..."}} becomes
 * {@code {"id":"...","lps":[{"lp":"Dive Deep","score":0.81,"triggers":["root cause"]}, ...]}} with all 16
 * principles, best first (exact principle names; triggers only where something matched).
 */
public final class TagBatch {
    private final LpTagger tagger;

    public TagBatch(LpTagger tagger) {
        this.tagger = tagger;
    }

    public static TagBatch standard() {
        return new TagBatch(LpTagger.forQuestions());
    }

    /** @return the exit status: 0 when every line was tagged, 1 when any line was malformed */
    public int run(Reader in, Writer out) {
        return JsonLines.run(in, out, node -> {
            String text = JsonLines.requiredText(node, "text");
            ObjectNode result = JsonLines.start(node);
            result.set("lps", ranked(tagger.tag(text), 16));
            return result;
        });
    }

    static ArrayNode ranked(LpTagging tagging, int max) {
        ArrayNode lps = JsonLines.JSON.createArrayNode();
        for (LpScore s : tagging.top(max)) {
            ObjectNode o = lps.addObject();
            o.put("lp", s.lp().displayName());
            o.put("score", s.score());
            if (!s.triggers().isEmpty()) {
                ArrayNode t = o.putArray("triggers");
                s.triggers().forEach(t::add);
            }
        }
        return lps;
    }
}
