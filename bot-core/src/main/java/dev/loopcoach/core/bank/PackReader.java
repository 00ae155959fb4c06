package dev.loopcoach.core.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one question pack (JSON). Shape:
 * <pre>{"pack": "name", "questions": [{"id", "text", "category", "lps", "levels", "difficulty", "followUps", "tips"}]}</pre>
 * Every problem is collected with the file and question id so one start-up message can list them all.
 */
public final class PackReader {
    private static final Set<String> PACK_FIELDS = Set.of("pack", "description", "questions");
    private static final Set<String> QUESTION_FIELDS =
            Set.of("id", "text", "category", "lps", "levels", "difficulty", "followUps", "tips");
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(List<Question> questions, List<BankProblem> problems) {
    }

    public Result read(String file, InputStream in) {
        List<BankProblem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            problems.add(new BankProblem(file, null, "is not valid JSON (" + firstLine(e.getMessage()) + ")",
                    "check the commas, quotes and brackets near that position"));
            return new Result(questions, problems);
        }
        if (root == null || !root.isObject() || !root.path("questions").isArray()) {
            problems.add(new BankProblem(file, null, "has no \"questions\" array",
                    "write the pack as {\"pack\": \"my-pack\", \"questions\": [ ... ]}"));
            return new Result(questions, problems);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!PACK_FIELDS.contains(name)) {
                problems.add(new BankProblem(file, "key \"" + name + "\"", "is not a known pack key",
                        "remove it; a pack has only " + PACK_FIELDS));
            }
        }
        int index = 0;
        for (JsonNode node : root.get("questions")) {
            index++;
            readQuestion(file, index, node, problems).ifPresent(questions::add);
        }
        return new Result(questions, problems);
    }

    private Optional<Question> readQuestion(String file, int index, JsonNode node, List<BankProblem> problems) {
        String rawId = node.path("id").asText("");
        String where = QuestionId.isValid(rawId) ? "question " + rawId : "question #" + index;
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new BankProblem(file, where, "is not a JSON object", "write each question as {\"id\": ..., \"text\": ...}"));
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> f : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!QUESTION_FIELDS.contains(f.getKey())) {
                problems.add(new BankProblem(file, where + ", key \"" + f.getKey() + "\"", "is not a known question key",
                        "use only " + String.join(", ", QUESTION_FIELDS.stream().sorted().toList())));
            }
        }
        if (!QuestionId.isValid(rawId)) {
            problems.add(new BankProblem(file, where, "has a missing or malformed id \"" + rawId + "\"",
                    "use 1-40 lower-case letters, digits or dashes, e.g. \"my-pack-001\""));
        }
        String text = node.path("text").isTextual() ? node.get("text").asText().strip() : "";
        if (text.isEmpty()) {
            problems.add(new BankProblem(file, where, "has no text", "add \"text\": \"Tell me about a time ...\""));
        }
        Category category = null;
        if (!node.path("category").isTextual()) {
            problems.add(new BankProblem(file, where, "has no category", "add \"category\": one of " + Category.keys()));
        } else {
            category = Category.parse(node.get("category").asText()).orElse(null);
            if (category == null) {
                problems.add(new BankProblem(file, where, "has unknown category \"" + node.get("category").asText() + "\"",
                        "use one of " + Category.keys()));
            }
        }
        List<LeadershipPrinciple> lps = new ArrayList<>();
        for (String name : strings(file, where, node, "lps", problems)) {
            Optional<LeadershipPrinciple> lp = exactLp(name);
            if (lp.isEmpty()) {
                problems.add(new BankProblem(file, where, "names an unknown Leadership Principle \"" + name + "\"",
                        "use an exact name, e.g. \"Dive Deep\" or \"Have Backbone; Disagree and Commit\""));
            } else if (lps.contains(lp.get())) {
                problems.add(new BankProblem(file, where, "lists \"" + name + "\" twice", "keep each principle once, primary first"));
            } else {
                lps.add(lp.get());
            }
        }
        Set<Level> levels = new LinkedHashSet<>();
        for (String name : strings(file, where, node, "levels", problems)) {
            Optional<Level> level = Level.parse(name);
            if (level.isEmpty()) {
                problems.add(new BankProblem(file, where, "has unknown level \"" + name + "\"", "use " + Level.keys()));
            } else {
                levels.add(level.get());
            }
        }
        Difficulty difficulty = Difficulty.MEDIUM;
        if (node.has("difficulty")) {
            Optional<Difficulty> d = Difficulty.parse(node.path("difficulty").asText(null));
            if (d.isEmpty()) {
                problems.add(new BankProblem(file, where, "has unknown difficulty \"" + node.path("difficulty").asText() + "\"",
                        "use easy, medium or hard"));
            } else {
                difficulty = d.get();
            }
        }
        List<String> followUps = strings(file, where, node, "followUps", problems);
        List<String> tips = strings(file, where, node, "tips", problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Question(new QuestionId(rawId), text, category, lps, levels, difficulty, followUps, tips));
    }

    /** Exact names only in files (a typo must not silently map to another principle); case-insensitive. */
    private static Optional<LeadershipPrinciple> exactLp(String name) {
        for (LeadershipPrinciple lp : LeadershipPrinciple.values()) {
            if (lp.displayName().equalsIgnoreCase(name.strip()) || lp.slug().equals(name.strip())) {
                return Optional.of(lp);
            }
        }
        return Optional.empty();
    }

    private static List<String> strings(String file, String where, JsonNode node, String field, List<BankProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(new BankProblem(file, where + ", key \"" + field + "\"", "must be a list of strings",
                    "write it as [\"...\", \"...\"]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add(new BankProblem(file, where + ", key \"" + field + "\"", "contains an empty or non-text item",
                        "make every item a non-empty string"));
            } else {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
