package dev.loopcoach.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/** Reads the labeled JSONL sets (dev set and our own extra set) from the test classpath. */
final class LabeledSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    record LabeledQuestion(String id, String text, LeadershipPrinciple lp, boolean obvious) {
    }

    record LabeledAnswer(String id, String question, String answer, boolean situation, boolean task, boolean action,
            boolean result, boolean quantified, String ownership, String note) {
    }

    private LabeledSet() {
    }

    static List<LabeledQuestion> questions(String resource) {
        List<LabeledQuestion> out = new ArrayList<>();
        for (JsonNode n : lines(resource)) {
            LeadershipPrinciple lp = LeadershipPrinciple.parse(n.path("lp").asText())
                    .orElseThrow(() -> new IllegalArgumentException("unknown lp in " + n));
            out.add(new LabeledQuestion(n.path("id").asText(), n.path("text").asText(), lp, n.path("obvious").asBoolean()));
        }
        return out;
    }

    static List<LabeledAnswer> answers(String resource) {
        List<LabeledAnswer> out = new ArrayList<>();
        for (JsonNode n : lines(resource)) {
            JsonNode star = n.path("star");
            out.add(new LabeledAnswer(n.path("id").asText(), n.path("question").asText(), n.path("answer").asText(),
                    star.path("situation").asBoolean(), star.path("task").asBoolean(), star.path("action").asBoolean(),
                    star.path("result").asBoolean(), n.path("quantified").asBoolean(), n.path("ownership").asText(),
                    n.path("note").asText("")));
        }
        return out;
    }

    private static List<JsonNode> lines(String resource) {
        return dev.loopcoach.core.testing.JsonLinesFiles.resource(resource);
    }
}
