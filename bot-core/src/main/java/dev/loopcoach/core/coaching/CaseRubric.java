package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.Relevance;
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
        GOAL("clarifies the goal", "(goal|objective|clarif|assum|success (looks|means)|north star|mission|we want|aim is|optimi[sz]e for|the first thing i would|confirm|launch date|deadline|in scope|the point is|what matters)",
                "What goal are you optimizing for here, and how would you confirm it with your stakeholders?",
                "Open by clarifying the goal and your assumptions in one or two sentences."),
        CUSTOMER("names customers and their needs", "(customer|user|segment|persona|seller|buyer|member|shopper|developer|driver|parent|"
                + "stakeholder|sponsor|leadership|owners|partner team|executive|director|\\bvp\\b|patient|resident|merchant|"
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
                + "status|milestone|critical path|projected|baseline date|burn-?down|"
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

        /** What a probe on this dimension asks for. */
        public ProbeIntent intent() {
            return switch (this) {
                case GOAL -> ProbeIntent.CASE_GOAL;
                case CUSTOMER -> ProbeIntent.CASE_CUSTOMER;
                case OPTIONS -> ProbeIntent.CASE_OPTIONS;
                case PRIORITY -> ProbeIntent.CASE_PRIORITY;
                case METRICS -> ProbeIntent.CASE_METRICS;
                case RISKS -> ProbeIntent.CASE_RISKS;
            };
        }

        /** The dimension a case intent asks about. */
        public static java.util.Optional<Dimension> of(ProbeIntent intent) {
            for (Dimension d : values()) {
                if (d.intent() == intent) {
                    return java.util.Optional.of(d);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Which dimensions were found, each with the sentence that shows it. */
    public record Reading(Map<Dimension, String> covered, List<Dimension> named, List<Dimension> missing, Vote vote,
                          String headline, boolean contentFree) {
    }

    public static final int THIN_BELOW_WORDS = 60;

    private CaseRubric() {
    }


    /** Like {@link #read(AnswerAnalysis)}, and an answer that shares no subject word with the case is capped. */
    public static Reading read(AnswerAnalysis a, String question) {
        Reading r = read(a);
        java.util.Optional<String> elsewhere = CaseTask.missed(question, a.text().source());
        if (elsewhere.isPresent() && r.vote() != Vote.STRONGLY_NOT_INCLINED) {
            return new Reading(r.covered(), r.named(), r.missing(), Vote.STRONGLY_NOT_INCLINED,
                    "This answers a different question: " + elsewhere.get() + ".", r.contentFree());
        }
        if (r.vote().positive() && !sharesSubject(question, a.text().source())) {
            return new Reading(r.covered(), r.named(), r.missing(), Vote.NOT_INCLINED,
                    "A structured answer, but it does not seem to address this case: it never mentions what the question is about.",
                    r.contentFree());
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

    /** Words of the rubric itself: naming them is not content ("the customers are customers"). */
    private static final java.util.Set<String> RUBRIC_WORDS = Terms.stems(
            "customer customers user users pain pains point points need needs option options solution solutions idea ideas "
                    + "feature features metric metrics kpi kpis measure measures measured success risk risks trade-off trade-offs "
                    + "tradeoff tradeoffs trade off offs goal goals objective objectives priority priorities prioritize prioritise "
                    + "important key impact value problem problems approach strategy strategic framework stakeholder stakeholders "
                    + "business product products segment segments persona personas data drive leverage synergy synergies holistic "
                    + "ecosystem alignment align optimize optimise scale growth experience journey innovative innovation "
                    + "mitigate mitigation downside downsides concern concerns clarify assumption assumptions consider considered "
                    + "focus plan roadmap execution execute deliver delivery outcome outcomes result results best right "
                    + "various relevant appropriate overall end-to-end robust seamless world-class north star mvp minimum viable "
                    + "phase phases build launch ship would should could will also many lot important critical main core "
                    + "holistic holistically customer-centric data-driven identify brainstorm dimension dimensions multiple select "
                    + "balance balances define consider iterate iteration feedback delight delighting seamless frictionless "
                    + "ultimately matrix effort scalable robust personalized continuously improve improvement experimentation "
                    + "architecture together bring across including based whole great question area areas space "
                    + "opportunity opportunities insight insights learning learnings");
    /** Words that give a reason or weigh one thing against another: a case answer without any has no reasoning. */
    private static final Pattern REASONING = Pattern.compile("(?i)\\b(because|since|so that|so we|so i|so the|so it|which means|"
            + "therefore|otherwise|as a result|that's why|the reason|rather than|instead of|but|however|whereas|at the cost|"
            + "in exchange|trade-?off is|risk is that|if [^.]{3,60} then|only if|unless|reject|kills|hurts|costs?)\\b");
    private static final Pattern REASON = Pattern.compile(
            "\\b(because|since|so that|so we|so i|so it|given|which means|that's why|the reason|rather than|instead of|"
                    + "over the|before|cheaper|faster|lower|higher|highest|lowest|biggest|largest|smallest|most|least|less|more than|"
                    + "only|unlike|whereas|while|if|otherwise|risk of|at the cost)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern METRIC_NAME = Pattern.compile(
            "(\\b(rate|rates|conversion|retention|retained|churn|time to|time-to|percent|per |revenue|orders|nps|latency|p50|p90|p99|"
                    + "count|number of|share|frequency|adoption|engagement|usage|sessions|minutes|hours|dau|wau|mau|gmv|margin|ctr|"
                    + "click|completion|repeat|defect|errors|contacts|tickets|sign-?ups|installs|cost per|spend|basket|cart|"
                    + "refunds?|returns|uptime|availability|throughput|cycle time|lead time|on-time|csat|satisfaction|"
                    + "active|weekly|monthly|daily|date|dates|milestone|critical path|slip|slipped|days late)\\b|%|\\d)",
            Pattern.CASE_INSENSITIVE);

    /** One sentence's substance: its content stems beyond the rubric's own words, and whether they are new. */
    private record SentenceSubstance(int index, java.util.Set<String> specific, boolean fresh) {
        boolean substantive() {
            return fresh && specific.size() >= 3;
        }
    }

    private static List<SentenceSubstance> substance(ParsedText text) {
        List<SentenceSubstance> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            java.util.Set<String> specific = new java.util.LinkedHashSet<>(Terms.of(text, text.sentence(i)));
            specific.removeAll(RUBRIC_WORDS);
            if (keywordList(text.text(text.sentence(i))) && !Terms.hasNumber(text, text.sentence(i))) {
                specific.clear(); // a list of buzzwords names things; it does not say anything about them
            }
            int fresh = 0;
            for (String s : specific) {
                if (!seen.contains(s)) {
                    fresh++;
                }
            }
            // repetition adds nothing: a sentence is fresh only when most of what it says was not said before
            boolean isFresh = !specific.isEmpty() && fresh * 2 > specific.size();
            seen.addAll(specific);
            out.add(new SentenceSubstance(i, specific, isFresh));
        }
        return out;
    }

    /** Four or more comma-separated items of one to three words: a list of terms, not a thought. */
    static boolean keywordList(String sentence) {
        String[] items = sentence.split(",|;|\\band\\b|\\bor\\b");
        if (items.length < 5) {
            return false;
        }
        int shortItems = 0;
        for (String item : items) {
            if (item.strip().split("\\s+").length <= 3) {
                shortItems++;
            }
        }
        return shortItems * 4 >= items.length * 3;
    }

    private static boolean hasContentFor(Dimension d, String sentence, SentenceSubstance s) {
        if (!s.substantive()) {
            return false;
        }
        return switch (d) {
            case PRIORITY -> REASON.matcher(sentence).find();
            case METRICS -> METRIC_NAME.matcher(sentence.replaceAll("(?i)\\b(metrics?|kpis?|measure[sd]?)\\b", "")).find();
            default -> true;
        };
    }

    public static Reading read(AnswerAnalysis a) {
        Relevance.Kind kind = a.relevance().kind();
        ParsedText text = a.text();
        List<SentenceSubstance> substance = substance(text);
        Map<Dimension, String> covered = new LinkedHashMap<>();
        List<Dimension> named = new ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Dimension d : Dimension.values()) {
            int found = -1;
            boolean mentioned = false;
            for (int i = 0; i < text.sentences().size(); i++) {
                String sentence = text.text(text.sentence(i));
                if (!d.cue.matcher(sentence).find()) {
                    continue;
                }
                mentioned = true;
                boolean content = hasContentFor(d, sentence, substance.get(i))
                        // a short cue sentence ("Options:", "Customers, three groups.") is often a heading for the next one
                        || i + 1 < text.sentences().size() && substance.get(i).specific().size() < 3
                        && hasContentFor(d, sentence + " " + text.text(text.sentence(i + 1)), substance.get(i + 1));
                if (!content) {
                    continue;
                }
                if (found < 0) {
                    found = i;
                }
                if (!used.contains(i)) {
                    // Prefer a sentence no other dimension quoted, so the evidence reads as distinct steps.
                    found = i;
                    break;
                }
            }
            if (found >= 0) {
                used.add(found);
                covered.put(d, text.quote(found));
            } else if (mentioned) {
                named.add(d);
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
            return new Reading(Map.of(), List.of(), List.of(Dimension.values()), Vote.STRONGLY_NOT_INCLINED,
                    "Too little to assess: walk through the case out loud, step by step.", false);
        }
        if (kind == Relevance.Kind.OFF_TOPIC) {
            return new Reading(covered, named, missing, Vote.STRONGLY_NOT_INCLINED, "This does not answer the case that was asked.", false);
        }
        long substantive = substance.stream().filter(SentenceSubstance::substantive).count();
        boolean reasoned = REASONING.matcher(text.source()).find();
        boolean contentFree = substantive < 2 || !reasoned;
        int n = covered.size();
        Vote vote = n >= 5 ? Vote.STRONGLY_INCLINED : n == 4 ? Vote.INCLINED : n >= 1 ? Vote.NOT_INCLINED : Vote.STRONGLY_NOT_INCLINED;
        List<String> why = new ArrayList<>();
        if (contentFree) {
            vote = n == 0 && named.size() <= 1 ? Vote.STRONGLY_NOT_INCLINED : cap(vote, Vote.NOT_INCLINED);
            why.add(substantive < 2 ? "it names the parts of a case answer without saying anything specific about this case"
                    : "it lists steps and terms without a single reason, choice or trade-off");
        } else if (words < THIN_BELOW_WORDS && vote.positive()) {
            vote = Vote.NOT_INCLINED;
            why.add("too brief to show depth (" + words + " words)");
        } else if (words < 120 && vote == Vote.STRONGLY_INCLINED) {
            vote = Vote.INCLINED;
        }
        if (words > LONG_WORDS && vote != Vote.STRONGLY_NOT_INCLINED) {
            vote = stepDown(vote);
            why.add("long for the time you would have (" + words + " words, over 3 minutes spoken)");
        }
        String headline = n + " of " + Dimension.values().length + " parts of a strong case answer, with content"
                + (why.isEmpty() ? "" : ", but " + String.join("; ", why))
                + (missing.isEmpty() ? "." : "; missing: " + String.join(", ", missing.stream().map(Dimension::label).toList()) + ".");
        return new Reading(covered, named, missing, vote, headline, contentFree);
    }

    /** Over about 3 minutes spoken an answer loses a step (rubric section 4). */
    static final int LONG_WORDS = 425;

    static Vote cap(Vote v, Vote max) {
        return v.score() > max.score() ? max : v;
    }

    static Vote stepDown(Vote v) {
        return switch (v) {
            case STRONGLY_INCLINED -> Vote.INCLINED;
            case INCLINED -> Vote.NOT_INCLINED;
            default -> Vote.STRONGLY_NOT_INCLINED;
        };
    }

    public static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
