package dev.loopcoach.core.judging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.LpTagging;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.batch.AnalyzeBatch;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labeled questions and behavioral answers of one writer's voice (bot-core/src/test/resources/judging/voices),
 * written by an independent writer given only the rubric and labeled by it with a note per borderline call. Questions
 * are scored by the LP tagger; answers by the answer analysis (STAR parts, quantified result, the numbers it cites,
 * ownership) and through {@code analyze --jsonl} at the labeled level (the vote must fall in the labeled range).
 */
final class VoiceSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnswerAnalyzer ANALYZER = AnswerAnalyzer.standard();
    private static final AnalyzeBatch ANALYZE = new AnalyzeBatch(BarRaiserCoach.standard(), new BankLoader().builtInOnly());
    private static final boolean VERBOSE = Boolean.getBoolean("quality.verbose");

    /** Hits out of cases for one measure, beside what always guessing the most common label would score. */
    record Score(String measure, int hits, int cases, double majority) {
        double rate() {
            return cases == 0 ? 1.0 : (double) hits / cases;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-26s %3d/%-3d = %.3f  (majority baseline %s)", measure, hits, cases, rate(),
                    Double.isNaN(majority) ? "n/a" : String.format(Locale.ROOT, "%.3f", majority));
        }
    }

    private VoiceSet() {
    }

    /** Every measure over the given voices together, in a fixed order. */
    static Map<String, Score> score(String split, List<String> voices) {
        Tally t = new Tally();
        for (String v : voices) {
            questions(t, split, read(v + "-questions.jsonl"), taggerWithout(v));
            answers(t, split, read(v + "-answers.jsonl"));
        }
        return t.scores();
    }

    /** A tagger whose question prior never saw this voice's own questions (leave one voice out). */
    private static LpTagger taggerWithout(String voice) {
        return LpTagger.forQuestionsWithout(java.util.Set.of(voice));
    }

    private static void questions(Tally t, String split, List<JsonNode> set, LpTagger tagger) {
        for (JsonNode q : set) {
            LeadershipPrinciple want = lp(q);
            LpTagging tags = tagger.tag(q.get("text").asText());
            int rank = tags.rankOf(want);
            t.count("LP top-1", rank == 0, want.slug());
            t.count("LP top-3", rank >= 0 && rank < 3, want.slug());
            if (VERBOSE && rank != 0) {
                System.out.printf("[%s] LP MISS %s rank=%d want=%s got=%s | %s%n", split, q.get("id").asText(), rank, want.slug(),
                        tags.top(3).stream().map(s -> s.lp().slug() + s.triggers()).toList(), q.get("text").asText());
            }
        }
    }

    private static void answers(Tally t, String split, List<JsonNode> set) {
        Map<String, JsonNode> judged = judged(set);
        for (JsonNode d : set) {
            String id = d.get("id").asText();
            AnswerAnalysis a = ANALYZER.analyze(d.get("question").asText(), d.get("answer").asText(), List.of(lp(d)));
            JsonNode star = d.get("star");
            List<String> miss = new ArrayList<>();
            for (StarPart p : StarPart.values()) {
                boolean want = star.get(p.name().toLowerCase(Locale.ROOT)).asBoolean();
                boolean got = a.star().has(p);
                t.count("STAR " + p.label().toLowerCase(Locale.ROOT), got == want, String.valueOf(want));
                if (!want) {
                    t.count("missing " + p.label().toLowerCase(Locale.ROOT) + " recall", !got, "");
                }
                if (got != want) {
                    miss.add(p.label().charAt(0) + (want ? "-missed" : "-extra"));
                }
            }
            boolean quantified = d.get("quantified").asBoolean();
            t.count("quantified", a.impact().quantified() == quantified, String.valueOf(quantified));
            if (quantified != a.impact().quantified()) {
                miss.add("quantified=" + a.impact().quantified());
            }
            List<String> wantNumbers = new ArrayList<>();
            d.path("resultNumbers").forEach(n -> wantNumbers.add(n.asText().toLowerCase(Locale.ROOT)));
            // what the candidate is shown: "Result in numbers: yes (first, second)"
            List<String> shown = a.impact().cited(2);
            boolean numbersTrue = shown.stream()
                    .allMatch(c -> wantNumbers.stream().anyMatch(w -> w.contains(c.toLowerCase(Locale.ROOT))
                            || c.toLowerCase(Locale.ROOT).contains(w)));
            t.count("result numbers shown true", numbersTrue, "");
            if (!numbersTrue) {
                miss.add("cited " + shown + " vs " + wantNumbers);
            }
            String own = d.get("ownership").asText();
            t.count("ownership", a.ownership().ownership().label().equals(own), own);
            if (!a.ownership().ownership().label().equals(own)) {
                miss.add("ownership=" + a.ownership().ownership().label() + " want " + own);
            }
            JsonNode o = judged.get(id);
            String vote = o.get("verdict").asText();
            List<String> range = new ArrayList<>();
            d.get("verdict").forEach(v -> range.add(v.asText()));
            t.count("verdict in range", range.contains(vote), String.join("|", range));
            t.range("verdict in range", range);
            String trap = d.path("trap").asText("none");
            if (!trap.equals("none")) {
                t.count("verdict in range (traps)", range.contains(vote), "");
            }
            if (!range.contains(vote)) {
                miss.add("verdict=" + vote + " want " + range + " (" + d.get("level").asText() + ", trap " + trap + ")");
            }
            if (VERBOSE && !miss.isEmpty()) {
                List<String> why = new ArrayList<>();
                o.path("findings").forEach(f -> {
                    String code = f.path("code").asText();
                    if (!code.equals("tip") && !code.equals("star") && !code.equals("length")) {
                        String text = f.path("text").asText();
                        why.add(code + ":" + text.substring(0, Math.min(70, text.length())));
                    }
                });
                System.out.printf("[%s] ANSWER MISS %s %s {%s} | %s%n", split, id, miss, String.join(" ; ", why),
                        d.path("note").asText());
            }
        }
    }

    /** The verdicts exactly as an operator gets them from {@code ./coach analyze --jsonl}. */
    private static Map<String, JsonNode> judged(List<JsonNode> set) {
        StringBuilder in = new StringBuilder();
        for (JsonNode d : set) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", d.get("id").asText());
            o.put("question", d.get("question").asText());
            o.put("answer", d.get("answer").asText());
            o.put("category", "behavioral");
            o.put("level", d.get("level").asText().toLowerCase(Locale.ROOT));
            o.putArray("lps").add(d.get("lp").asText());
            in.append(o).append('\n');
        }
        Map<String, JsonNode> byId = dev.loopcoach.core.testing.JsonLinesFiles.analyze(ANALYZE, in.toString());
        byId.values().forEach(n -> {
            if (n.has("error")) {
                throw new AssertionError("not analysed: " + n);
            }
        });
        return byId;
    }

    private static LeadershipPrinciple lp(JsonNode n) {
        return LeadershipPrinciple.parse(n.get("lp").asText()).orElseThrow(() -> new IllegalArgumentException("unknown lp in " + n));
    }

    static List<JsonNode> read(String resource) {
        return dev.loopcoach.core.testing.JsonLinesFiles.resource("judging/voices/" + resource);
    }

    /** Counts hits per measure and the labels seen, for the majority baseline. */
    private static final class Tally {
        private final Map<String, int[]> hits = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> labels = new HashMap<>();
        private final Map<String, List<List<String>>> ranges = new HashMap<>();

        void count(String measure, boolean hit, String label) {
            int[] h = hits.computeIfAbsent(measure, k -> new int[2]);
            h[0] += hit ? 1 : 0;
            h[1]++;
            labels.computeIfAbsent(measure, k -> new HashMap<>()).merge(label, 1, Integer::sum);
        }

        /** For verdicts the baseline is the single vote that falls inside the most labeled ranges. */
        void range(String measure, List<String> range) {
            ranges.computeIfAbsent(measure, k -> new ArrayList<>()).add(range);
        }

        Map<String, Score> scores() {
            Map<String, Score> out = new LinkedHashMap<>();
            hits.forEach((k, v) -> {
                double majority;
                if (ranges.containsKey(k)) {
                    Map<String, Integer> in = new HashMap<>();
                    ranges.get(k).forEach(r -> r.forEach(x -> in.merge(x, 1, Integer::sum)));
                    majority = in.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) v[1];
                } else if (labels.get(k).keySet().equals(java.util.Set.of(""))) {
                    majority = Double.NaN; // a recall or a truth check: no constant guess to compare with
                } else {
                    // the most common label (the three most common for top-3)
                    int k3 = k.endsWith("top-3") ? 3 : 1;
                    majority = labels.get(k).values().stream().sorted(java.util.Comparator.reverseOrder()).limit(k3)
                            .mapToInt(Integer::intValue).sum() / (double) v[1];
                }
                out.put(k, new Score(k, v[0], v[1], majority));
            });
            return out;
        }
    }
}
