package dev.loopcoach.core.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Difficulty;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Assessment;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.verdict.LpVote;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code coach analyze --jsonl}: each input line {@code {"id":"...","question":"...","answer":"..."}} becomes one
 * line with {@code star}, {@code quantified}, {@code ownership} ("I", "we" or "mixed"), {@code words}, {@code lps}
 * (what the answer shows, best first), {@code followUps}, {@code verdict} (an exact vote label) and more.
 * When the question is a bank question (by {@code questionId}, or by identical text) its principles and
 * follow-ups are used; otherwise the targeted principles are inferred from the question text, or taken from an
 * optional {@code "lps":["Dive Deep"]} field.
 */
public final class AnalyzeBatch {
    private final BarRaiserCoach coach;
    private final QuestionBank bank;
    private final Map<String, Question> byText = new HashMap<>();

    /** @param bank questions to recognise by id or text; may be null */
    public AnalyzeBatch(BarRaiserCoach coach, QuestionBank bank) {
        this.coach = coach;
        this.bank = bank;
        if (bank != null) {
            for (Question q : bank.all()) {
                byText.putIfAbsent(normalize(q.text()), q);
            }
        }
    }

    /** The standard coach with the LP guides, without a bank. */
    public static AnalyzeBatch standard() {
        return new AnalyzeBatch(BarRaiserCoach.standard(), null);
    }

    /** @return the exit status: 0 when every line was analysed, 1 when any line was malformed */
    public int run(Reader in, Writer out) {
        return JsonLines.run(in, out, node -> {
            String question = JsonLines.requiredText(node, "question");
            String answer = JsonLines.requiredText(node, "answer");
            Question q = question(node, question);
            Assessment as = coach.assess(q, answer, List.of());
            return render(node, as);
        });
    }

    private Question question(JsonNode node, String text) throws JsonLines.BadLine {
        JsonNode qid = node.get("questionId");
        if (bank != null && qid != null && qid.isTextual() && QuestionId.isValid(qid.asText())) {
            Optional<Question> q = bank.find(new QuestionId(qid.asText()));
            if (q.isPresent()) {
                return q.get();
            }
        }
        Question known = byText.get(normalize(text));
        if (known != null) {
            return known;
        }
        List<LeadershipPrinciple> lps = new ArrayList<>();
        JsonNode given = node.get("lps");
        if (given != null && given.isArray()) {
            for (JsonNode n : given) {
                LeadershipPrinciple lp = LeadershipPrinciple.parse(n.asText())
                        .orElseThrow(() -> new JsonLines.BadLine("unknown principle in \"lps\": " + n.asText()));
                if (!lps.contains(lp)) {
                    lps.add(lp);
                }
            }
        }
        if (lps.isEmpty()) {
            lps = coach.analyzer().inferTargets(text);
        }
        return new Question(new QuestionId("adhoc"), text, Category.BEHAVIORAL, lps, java.util.Set.of(),
                Difficulty.MEDIUM, List.of(), List.of());
    }

    private static ObjectNode render(JsonNode in, Assessment as) {
        AnswerAnalysis a = as.analysis();
        ObjectNode out = JsonLines.start(in);
        ObjectNode star = out.putObject("star");
        star.put("situation", a.star().has(StarPart.SITUATION));
        star.put("task", a.star().has(StarPart.TASK));
        star.put("action", a.star().has(StarPart.ACTION));
        star.put("result", a.star().has(StarPart.RESULT));
        out.put("quantified", a.impact().quantified());
        out.put("ownership", a.ownership().ownership().label());
        out.put("words", a.words());
        out.set("lps", TagBatch.ranked(a.lps().signals(), 5));
        ArrayNode targets = out.putArray("targetLps");
        as.targets().forEach(lp -> targets.add(lp.displayName()));
        ArrayNode follow = out.putArray("followUps");
        for (FollowUp f : as.coaching().followUps()) {
            follow.add(f.text());
        }
        out.put("verdict", as.verdict().overall().label());
        ObjectNode votes = out.putObject("votes");
        for (LpVote v : as.verdict().votes()) {
            votes.put(v.lp().displayName(), v.vote().label());
        }
        out.put("relevance", a.relevance().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("seconds", a.length().seconds());
        out.put("length", a.length().band().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ArrayNode tips = out.putArray("tips");
        as.coaching().tips().forEach(tips::add);
        ArrayNode reasons = out.putArray("followUpReasons");
        for (FollowUp f : as.coaching().followUps()) {
            reasons.addObject().put("policy", f.policy()).put("reason", f.reason());
        }
        return out;
    }

    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
