package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How an interviewer reads an answer to a case question (product sense, strategy, metrics, technical, program):
 * not a STAR story but a structured walk-through. "I would" is expected here. Each dimension is found by its cue
 * words in some sentence, which becomes the evidence; the vote follows how many dimensions are covered.
 */
public final class CaseRubric {

    /** One thing a good case answer does, the words that show it, and what to ask or advise when it is missing. */
    public enum Dimension {
        GOAL("clarifies the goal", "(goal|objective|clarif|assum|success (looks|means)|north star|mission|we want|aim is|optimi[sz]e for)",
                "What goal are you optimizing for here, and how would you confirm it with your stakeholders?",
                "Open by clarifying the goal and your assumptions in one or two sentences."),
        CUSTOMER("names customers and their needs", "(customer|user|segment|persona|seller|buyer|member|shopper|developer|driver|parent|"
                + "pain point|pain|need|friction|jobs? to be done|frustrat)",
                "Which customer segment would you focus on first, and what is their biggest pain point?",
                "Name the customer segments and the one pain point you would solve first."),
        OPTIONS("proposes concrete solutions", "(solution|option|idea|feature|build|design|launch|propos|introduc|add a|offer|"
                + "approach|alternative|would (create|ship|build|add|let|show|use))",
                "Walk me through two alternative solutions you considered and why you chose one.",
                "Propose two or three concrete solutions before picking one."),
        PRIORITY("prioritizes with a reason", "(priorit|first|mvp|minimum viable|phase|sequenc|trade-?off|versus|\\bvs\\b|rank|"
                + "impact and effort|effort|cut|defer|later|instead of|rather than)",
                "If you could build only one thing this quarter, which would it be and why?",
                "Prioritize out loud: what you would build first, what you would defer, and why."),
        METRICS("says how success is measured", "(metric|kpi|measure|conversion|retention|churn|rate|%|percent|a/b|experiment|"
                + "guardrail|dashboard|track|baseline|target|nps|latency|p99|revenue|cost per)",
                "How would you measure success, and which guardrail metric would stop a launch?",
                "Say how you would measure success: one primary metric, a guardrail, and a target."),
        RISKS("weighs risks and trade-offs", "(risk|downside|trade-?off|cost|concern|edge case|failure|fallback|privacy|security|"
                + "scal|capacity|depend|cannibali|mitigat)",
                "What is the biggest risk in your plan, and what would you give up to reduce it?",
                "Name the biggest risk or trade-off and how you would mitigate it.");

        private final String label;
        private final Pattern cue;
        private final String probe;
        private final String tip;

        Dimension(String label, String regex, String probe, String tip) {
            this.label = label;
            this.cue = Pattern.compile("\\b" + regex, Pattern.CASE_INSENSITIVE);
            this.probe = probe;
            this.tip = tip;
        }

        public String label() {
            return label;
        }

        public String probe() {
            return probe;
        }

        public String tip() {
            return tip;
        }
    }

    /** Which dimensions were found, each with the sentence that shows it. */
    public record Reading(Map<Dimension, String> covered, List<Dimension> missing, Vote vote, String headline) {
    }

    public static final int THIN_BELOW_WORDS = 60;

    private CaseRubric() {
    }

    /** Case questions are read with this rubric; behavioral, recruiter and writing questions are not. */
    public static boolean applies(Question q) {
        Category c = q.category();
        return c == Category.PRODUCT_SENSE || c == Category.STRATEGY || c == Category.METRICS || c == Category.TECHNICAL
                || c == Category.PROGRAM;
    }

    /** Like {@link #read(AnswerAnalysis)}, and an answer that shares no subject word with the case is capped. */
    public static Reading read(AnswerAnalysis a, String question) {
        Reading r = read(a);
        if (r.vote().positive() && !sharesSubject(question, a.text().source())) {
            return new Reading(r.covered(), r.missing(), Vote.NOT_INCLINED,
                    "A structured answer, but it does not seem to address this case: it never mentions what the question is about.");
        }
        return r;
    }

    private static final java.util.Set<String> COMMON = java.util.Set.copyOf(java.util.List.of("would", "what", "which", "your", "about", "there",
            "their", "they", "this", "that", "with", "from", "have", "into", "when", "where", "while", "how", "design",
            "improve", "should", "could", "amazon", "customers", "customer", "users", "user", "product", "feature",
            "make", "team", "does", "will", "them", "more", "most", "many", "much", "than", "then", "been", "were",
            "tell", "first", "focus", "describe", "explain", "approach", "think", "walk", "through", "example", "specific",
            "decide", "build", "launch", "measure", "success", "metrics", "metric", "people", "plan", "next",
            "year", "years", "today", "given", "these", "those", "want", "need", "best", "better", "right",
            "work", "help", "helps", "choose", "reduce", "increase", "using", "ways", "some", "other", "what's"));

    static boolean sharesSubject(String question, String answer) {
        java.util.Set<String> q = words(question);
        q.removeAll(COMMON);
        q.removeIf(w -> w.length() < 5);
        if (q.isEmpty()) {
            return true;
        }
        java.util.Set<String> a = words(answer);
        for (String w : q) {
            String stem = w.length() > 5 ? w.substring(0, 5) : w;
            for (String x : a) {
                if (x.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    public static Reading read(AnswerAnalysis a) {
        Relevance.Kind kind = a.relevance().kind();
        ParsedText text = a.text();
        Map<Dimension, String> covered = new LinkedHashMap<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Dimension d : Dimension.values()) {
            int found = -1;
            for (int i = 0; i < text.sentences().size(); i++) {
                if (d.cue.matcher(text.text(text.sentence(i))).find()) {
                    if (found < 0) {
                        found = i;
                    }
                    if (!used.contains(i)) {
                        // Prefer a sentence no other dimension quoted, so the evidence reads as distinct steps.
                        found = i;
                        break;
                    }
                }
            }
            if (found >= 0) {
                used.add(found);
                covered.put(d, text.quote(found));
            }
        }
        List<Dimension> missing = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (!covered.containsKey(d)) {
                missing.add(d);
            }
        }
        int words = a.words();
        if (kind == Relevance.Kind.EMPTY || kind == Relevance.Kind.TOO_SHORT || words < 15) {
            return new Reading(Map.of(), List.of(Dimension.values()), Vote.STRONGLY_NOT_INCLINED,
                    "Too little to assess: walk through the case out loud, step by step.");
        }
        if (kind == Relevance.Kind.OFF_TOPIC) {
            return new Reading(covered, missing, Vote.STRONGLY_NOT_INCLINED, "This does not answer the case that was asked.");
        }
        int n = covered.size();
        Vote vote = n >= 5 ? Vote.STRONGLY_INCLINED : n == 4 ? Vote.INCLINED : n >= 2 ? Vote.NOT_INCLINED : Vote.STRONGLY_NOT_INCLINED;
        if (words < THIN_BELOW_WORDS && vote.positive()) {
            vote = Vote.NOT_INCLINED;
        } else if (words < 120 && vote == Vote.STRONGLY_INCLINED) {
            vote = Vote.INCLINED;
        }
        String headline = n + " of " + Dimension.values().length + " parts of a strong case answer"
                + (words < THIN_BELOW_WORDS ? ", but too brief to show depth (" + words + " words)" : "")
                + (missing.isEmpty() ? "." : "; missing: " + String.join(", ", missing.stream().map(Dimension::label).toList()) + ".");
        return new Reading(covered, missing, vote, headline);
    }

    public static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
