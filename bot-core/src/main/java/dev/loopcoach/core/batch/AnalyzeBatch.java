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
import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Finding;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.ProbeReading;
import dev.loopcoach.core.coaching.ProbeWording;
import dev.loopcoach.core.coaching.RubricKind;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code coach analyze --jsonl}: each input line {@code {"id":"...","question":"...","answer":"..."}} goes through
 * the same judging pipeline as the chat surfaces and becomes one line with {@code rubric}, {@code verdict} (an exact
 * vote label), {@code votes}, {@code findings}, {@code star}, {@code quantified}, {@code ownership}, {@code words},
 * {@code lps}, {@code followUps} (the probes the coach would ask next) and more; with optional
 * {@code "followUps": [{"question", "answer"}]} each reply is judged in order into {@code followUpReplies}.
 * When the question is a bank question (by {@code questionId}, or by identical text) its category, principles and
 * follow-ups are used; otherwise {@code category} (default behavioral) picks the rubric and the principles come from
 * {@code "lps"} or the question's words. The schema is documented in docs/coaching.md.
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
            Optional<Level> level = level(node);
            Question q = question(node, question, level);
            List<ProbeReply> replies = replies(node);
            Assessment as = level.isPresent() ? coach.assess(q, level.get(), answer, List.of()) : coach.assess(q, answer, List.of());
            ObjectNode line = render(node, as);
            level.ifPresent(l -> line.put("level", l.key()));
            line.put("questionId", q.id().value());
            line.put("category", q.category().key());
            judgeReplies(line, q, answer, as.coaching(), replies);
            return line;
        });
    }

    /** A reply to judge after the main answer: the probe's words, its intent when the caller gave one, and the reply. */
    private record ProbeReply(String question, Optional<ProbeIntent> intent, String answer) {
    }

    private static List<ProbeReply> replies(JsonNode node) throws JsonLines.BadLine {
        JsonNode given = node.get("followUps");
        if (given == null || given.isNull()) {
            return List.of();
        }
        if (!given.isArray()) {
            throw new JsonLines.BadLine("\"followUps\" must be a list of {\"question\": \"...\", \"answer\": \"...\"}");
        }
        List<ProbeReply> out = new ArrayList<>();
        for (JsonNode f : given) {
            if (!f.isObject()) {
                throw new JsonLines.BadLine("each entry of \"followUps\" must be an object with \"question\" and \"answer\"");
            }
            Optional<ProbeIntent> intent = Optional.empty();
            JsonNode i = f.get("intent");
            if (i != null && !i.isNull()) {
                intent = Optional.of(ProbeIntent.parse(i.asText()).orElseThrow(() -> new JsonLines.BadLine(
                        "unknown intent \"" + i.asText() + "\" in \"followUps\"; known: " + intentSlugs())));
            }
            out.add(new ProbeReply(JsonLines.requiredText(f, "question"), intent, JsonLines.requiredText(f, "answer")));
        }
        return out;
    }

    /**
     * Judges each reply in order, as the chat surfaces do: against the intent the coach gave the probe when it asked
     * it itself (or the caller's, or else read from the probe's words), and against the main answer's story.
     */
    private void judgeReplies(ObjectNode line, Question q, String story, Coaching main, List<ProbeReply> replies) {
        if (replies.isEmpty()) {
            return;
        }
        Map<String, ProbeIntent> asked = new HashMap<>();
        main.followUps().forEach(f -> asked.put(normalize(f.text()), f.intent()));
        List<String> alreadyAsked = new ArrayList<>();
        ArrayNode out = line.putArray("followUpReplies");
        for (ProbeReply r : replies) {
            ProbeIntent intent = r.intent().orElseGet(() -> asked.getOrDefault(normalize(r.question()),
                    ProbeWording.guess(r.question(), RubricKind.forCategory(q.category()) == RubricKind.CASE)));
            Coaching c = coach.coachFollowUp(q, new AskedProbe(r.question(), intent), story, r.answer(), alreadyAsked);
            alreadyAsked.add(r.question());
            c.followUps().forEach(f -> asked.put(normalize(f.text()), f.intent()));
            ProbeReading reading = c.probe().orElseThrow();
            ObjectNode o = out.addObject();
            o.put("question", r.question());
            o.put("intent", intent.slug());
            o.put("verdict", reading.vote().label());
            o.put("answersProbe", reading.answersProbe());
            o.put("reason", reading.reason());
            findings(o, c.findings());
            ArrayNode next = o.putArray("next");
            c.followUps().forEach(f -> next.add(f.text()));
        }
    }

    private static Optional<Level> level(JsonNode node) throws JsonLines.BadLine {
        JsonNode l = node.get("level");
        if (l == null || l.isNull()) {
            return Optional.empty();
        }
        return Optional.of(Level.parse(l.asText()).orElseThrow(() -> new JsonLines.BadLine(
                "unknown level \"" + l.asText() + "\"; use one of: " + Level.keys())));
    }

    private Question question(JsonNode node, String text, Optional<Level> level) throws JsonLines.BadLine {
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
        Category category = Category.BEHAVIORAL;
        JsonNode c = node.get("category");
        if (c != null && !c.isNull()) {
            category = Category.parse(c.asText()).orElseThrow(() -> new JsonLines.BadLine(
                    "unknown category \"" + c.asText() + "\"; use one of: " + Category.keys()));
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
        if (lps.isEmpty() && category != Category.RECRUITER_SCREEN) {
            lps = coach.analyzer().inferTargets(text);
        }
        return new Question(new QuestionId("adhoc"), text, category, lps, level.map(java.util.Set::of).orElse(java.util.Set.of()),
                Difficulty.MEDIUM, List.of(), List.of());
    }

    private static ObjectNode render(JsonNode in, Assessment as) {
        AnswerAnalysis a = as.analysis();
        Coaching c = as.coaching();
        ObjectNode out = JsonLines.start(in);
        out.put("rubric", c.rubric().key());
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
        for (FollowUp f : c.followUps()) {
            follow.add(f.text());
        }
        out.put("verdict", c.overall().label());
        ObjectNode votes = out.putObject("votes");
        c.votes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> votes.put(e.getKey().displayName(), e.getValue().label()));
        out.put("relevance", a.relevance().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("seconds", a.length().seconds());
        out.put("length", a.length().band().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ArrayNode tips = out.putArray("tips");
        c.tips().forEach(tips::add);
        ArrayNode reasons = out.putArray("followUpReasons");
        for (FollowUp f : c.followUps()) {
            reasons.addObject().put("policy", f.policy()).put("intent", f.intent().slug()).put("reason", f.reason());
        }
        findings(out, c.findings());
        return out;
    }

    private static void findings(ObjectNode out, List<Finding> findings) {
        ArrayNode arr = out.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = arr.addObject();
            o.put("code", f.code());
            o.put("text", f.text());
            ArrayNode quotes = o.putArray("quotes");
            f.quotes().forEach(quotes::add);
        }
    }

    private static String intentSlugs() {
        return String.join(", ", java.util.Arrays.stream(ProbeIntent.values()).map(ProbeIntent::slug).toList());
    }

    private static String normalize(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
