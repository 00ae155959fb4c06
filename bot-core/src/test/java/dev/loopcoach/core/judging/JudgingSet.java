package dev.loopcoach.core.judging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.batch.AnalyzeBatch;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labeled set of answers written by one independent writer in one voice, labeled by the rubric
 * (bot-core/src/test/resources/judging/*.jsonl), scored through {@code analyze --jsonl} exactly as an operator
 * would run it. Kinds: case and recruiter answers (acceptable verdicts), covered follow-ups (stock follow-ups the
 * answer already answers must not be asked) and follow-up replies (answersProbe and the reply's verdict).
 */
final class JudgingSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnalyzeBatch ANALYZE = new AnalyzeBatch(BarRaiserCoach.standard(), new BankLoader().builtInOnly());

    /** Hits out of cases for one measure, with the share a constant guess of the most common label would get. */
    record Score(String measure, int hits, int cases, double majority) {
        double rate() {
            return cases == 0 ? 1.0 : (double) hits / cases;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%-22s %3d/%-3d = %.3f  (majority baseline %.3f)", measure, hits, cases,
                    rate(), majority);
        }
    }

    private final String name;
    private final List<JsonNode> items;

    private JudgingSet(String name, List<JsonNode> items) {
        this.name = name;
        this.items = items;
    }

    static JudgingSet load(String resource) {
        return new JudgingSet(resource, dev.loopcoach.core.testing.JsonLinesFiles.resource("judging/" + resource));
    }

    String name() {
        return name;
    }

    /** Runs every item through the batch CLI's pipeline (probe intents withheld, as a candidate's chat has none). */
    Map<String, Score> score() {
        StringBuilder in = new StringBuilder();
        for (JsonNode d : items) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", d.get("id").asText());
            o.put("questionId", d.get("questionId").asText());
            o.put("question", d.get("question").asText());
            o.put("answer", d.get("answer").asText());
            if (d.has("followUps") && d.get("followUps").isArray()) {
                var arr = o.putArray("followUps");
                d.get("followUps").forEach(f -> arr.addObject().put("question", f.get("question").asText())
                        .put("answer", f.get("answer").asText()));
            }
            in.append(o).append('\n');
        }
        Map<String, JsonNode> byId = dev.loopcoach.core.testing.JsonLinesFiles.analyze(ANALYZE, in.toString());
        Map<String, int[]> hits = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> labels = new HashMap<>();
        for (JsonNode d : items) {
            JsonNode o = byId.get(d.get("id").asText());
            if (o == null || o.has("error")) {
                throw new AssertionError(name + ": " + d.get("id").asText() + " was not analysed: " + o);
            }
            switch (d.get("kind").asText()) {
                case "case", "recruiter" -> {
                    String kind = d.get("kind").asText();
                    count(hits, kind, contains(d.get("verdict"), o.get("verdict").asText()));
                    labels.computeIfAbsent(kind, k -> new HashMap<>()).merge(d.get("verdict").get(0).asText(), 1, Integer::sum);
                }
                case "covered-follow-up" -> {
                    Set<String> asked = new java.util.HashSet<>();
                    o.get("followUps").forEach(f -> asked.add(f.asText()));
                    d.get("covered").forEach(c -> count(hits, "covered-not-asked", !asked.contains(c.asText())));
                }
                case "follow-up-reply" -> {
                    JsonNode reply = o.get("followUpReplies").get(0);
                    boolean probe = reply.get("answersProbe").asBoolean() == d.get("answersProbe").asBoolean();
                    boolean vote = contains(d.get("verdict"), reply.get("verdict").asText());
                    count(hits, "reply-answers-probe", probe);
                    count(hits, "reply-verdict", vote);
                    labels.computeIfAbsent("reply-verdict", k -> new HashMap<>())
                            .merge(d.get("verdict").get(0).asText(), 1, Integer::sum);
                    labels.computeIfAbsent("reply-answers-probe", k -> new HashMap<>())
                            .merge(d.get("answersProbe").asText(), 1, Integer::sum);
                }
                default -> throw new AssertionError(name + ": unknown kind " + d.get("kind"));
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        hits.forEach((k, v) -> {
            Map<String, Integer> l = labels.getOrDefault(k, Map.of());
            double majority = l.isEmpty() ? 0 : (double) l.values().stream().mapToInt(Integer::intValue).max().orElse(0) / v[1];
            scores.put(k, new Score(k, v[0], v[1], majority));
        });
        return scores;
    }

    private static boolean contains(JsonNode labels, String verdict) {
        for (JsonNode l : labels) {
            if (l.asText().equals(verdict)) {
                return true;
            }
        }
        return false;
    }

    private static void count(Map<String, int[]> hits, String measure, boolean hit) {
        int[] h = hits.computeIfAbsent(measure, k -> new int[2]);
        h[0] += hit ? 1 : 0;
        h[1]++;
    }
}
