package dev.loopcoach.core.followup;

import dev.loopcoach.core.analysis.CueSet;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.TextParser;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.List;

/**
 * What kind of story a question asks for: a disagreement (the Backbone principle, or wording such as "pushed
 * back"), or a mistake or failure (which calls for a lesson).
 */
public record QuestionTraits(boolean asksForDisagreement, boolean asksForMistake) {
    private static final TextParser PARSER = new TextParser();
    private static final CueSet DISAGREEMENT = CueSet.of(List.of(
            "disagre*|push* back|pushback|challeng*|conflict*|argu*|object*|oppos*|stood up|stand up|said no|say no|"
                    + "went along|unpopular|debat*|overrul*").stream()
            .flatMap(p -> CueSet.compile("disagreement", 1, p, "question traits").stream()).toList());
    private static final CueSet MISTAKE = CueSet.of(List.of(
            "mistake*|fail*|wrong|went wrong|regret*|error*|misjudg*|misstep*|fell short|fall short|didn't go|did not go|"
                    + "setback*|screw* up|messed up|dropped the ball|missed|criticism|critical feedback|tough feedback|"
                    + "negative feedback|blunder*|lesson*|learn* from").stream()
            .flatMap(p -> CueSet.compile("mistake", 1, p, "question traits").stream()).toList());

    public static QuestionTraits of(String questionText, List<LeadershipPrinciple> targets) {
        ParsedText q = PARSER.parse(questionText == null ? "" : questionText);
        boolean disagreement = targets.contains(LeadershipPrinciple.BACKBONE) || !DISAGREEMENT.match(q).isEmpty();
        boolean mistake = !MISTAKE.match(q).isEmpty();
        return new QuestionTraits(disagreement, mistake);
    }
}
