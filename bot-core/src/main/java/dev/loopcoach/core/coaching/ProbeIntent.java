package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.CueMatch;
import dev.loopcoach.core.analysis.CueSet;
import dev.loopcoach.core.analysis.TextParser;
import java.util.List;
import java.util.stream.Stream;

/** What a follow-up probe asks for, read from its wording, so the answer can be judged on that. */
public enum ProbeIntent {
    OUTCOME("the outcome, in numbers"),
    PERSONAL_ROLE("what you personally did"),
    DATA("the data you used"),
    PUSHBACK("where you pushed back"),
    LESSON("what you changed afterwards"),
    REAL_EXAMPLE("one real example"),
    GENERAL("more detail on the story");

    private static final TextParser PARSER = new TextParser();
    private static final CueSet CUES = CueSet.of(Stream.of(
            cue("OUTCOME", 3, "outcome|result*|impact|how much|how many|measure*|numbers|before and after|what changed|by how much|happened so far|metric*"),
            cue("PERSONAL_ROLE", 3, "personally|you specifically|your part|your role|your own|which of them were yours|what did you do|what you did|others on the team|who made"),
            cue("DATA", 3, "data|analysis|evidence|dashboard*|research|what did it tell|how did you know|figures"),
            cue("PUSHBACK", 3, "disagre*|push* back|pushback|objected|argue*|where exactly did you|convince*|stood up"),
            cue("LESSON", 3, "afterwards|learn*|lesson*|differently|change* afterwards|happen again|next time|do again"),
            cue("REAL_EXAMPLE", 3, "specific time|one specific|actually did|real example|specific example|one time|walk me through one"))
            .flatMap(List::stream).toList());

    private final String asksFor;

    ProbeIntent(String asksFor) {
        this.asksFor = asksFor;
    }

    /** "the outcome, in numbers" */
    public String asksFor() {
        return asksFor;
    }

    private static List<dev.loopcoach.core.analysis.Cue> cue(String label, double w, String pattern) {
        return CueSet.compile(label, w, pattern, "probe intents");
    }

    /** The strongest intent in the probe text; {@link #GENERAL} when nothing specific is asked. */
    public static ProbeIntent of(String probe) {
        double[] score = new double[values().length];
        for (CueMatch m : CUES.match(PARSER.parse(probe == null ? "" : probe))) {
            score[valueOf(m.label()).ordinal()] += m.weight();
        }
        ProbeIntent best = GENERAL;
        double top = 0;
        for (ProbeIntent i : values()) {
            if (score[i.ordinal()] > top) {
                top = score[i.ordinal()];
                best = i;
            }
        }
        return best;
    }
}
