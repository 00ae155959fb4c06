package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.ParsedText;
import dev.loopcoach.core.analysis.SentenceFacts;
import dev.loopcoach.core.analysis.StarPart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text already gives what a probe's intent asks for (rubric section 3). The same test decides whether a
 * stock follow-up is worth asking after the main answer, and whether a reply answered the probe: one definition of
 * "gives the outcome", "names the data", "shows the pushback" for both.
 */
public final class ProbeCoverage {

    /** What the text gives for the intent: {@code full} when it answers it, {@code partial} when it only touches it. */
    public record Given(boolean full, boolean partial, String note, List<String> quotes) {
        static Given no() {
            return new Given(false, false, "", List.of());
        }

        static Given yes(String note, List<String> quotes) {
            return new Given(true, false, note, quotes);
        }

        static Given part(String note, List<String> quotes) {
            return new Given(false, true, note, quotes);
        }
    }

    private static final Pattern LESSON = Pattern.compile("(?i)\\b(learn\\w*|lesson\\w*|now i|since then|ever since|from then on|"
            + "today i|these days i|i changed how|i started|i now|i always|i never|i make sure|takeaway|taught me|made me realize|"
            + "habit|adopted|now goes through|now go through|every (change|launch|time) now|from now on)\\b");
    private static final Pattern PUSHBACK = Pattern.compile("(?i)\\b(i (told|warned) (him|her|them|my|the)|i asked (him|her|them) "
            + "to (postpone|wait|hold|stop|delay|drop|reconsider)|i argued|i refused|i said no|i objected|i insisted|i disagreed|"
            + "pushed back|i challenged|i declined|i convinced|i persuaded|i made the case|i recommended against)\\b");
    private static final Pattern DIFFERENTLY = Pattern.compile("(?i)\\b(differently|would have|i'd have|next time|in hindsight|"
            + "looking back|should have|if i (did|had|could)|earlier|sooner|i would|i'd)\\b");
    /** Words that name a source of data; matched on the parsed words, once per answer. */
    private static final Set<String> DATA_SOURCE = Set.of("data", "dashboard", "dashboards", "report", "reports", "reporting",
            "query", "queries", "sql", "survey", "surveys", "interview", "interviews", "interviewed", "log", "logs", "analysis",
            "analyses", "analyzed", "analysed", "funnel", "cohort", "cohorts", "a/b", "experiment", "experiments", "ticket",
            "tickets", "research", "numbers", "metric", "metrics", "spreadsheet", "tableau", "looker", "study", "studies",
            "transcript", "transcripts", "recording", "recordings", "call", "calls", "feedback");
    private static final Set<String> PROBE_NOISE = Terms.stems("tell question detail details exactly happen happened "
            + "moment moments situation story part parts case mean meant sure work worked change changed decide decided "
            + "result outcome impact would problem problems issue issues risk risks option options way ways thing things "
            + "effect effects old let get got something anything someone anyone real really actually first take took told show "
            + "showed shown appear appeared long soon quickly once fast see saw say said think know knew affect affected use "
            + "used using");

    /** Words that only say what kind of thing a probe asks for; its intent already stands for them. */
    private static final Set<String> INTENT_WORDS = Terms.stems("outcome outcomes result results measure measured number numbers "
            + "data metric metrics evidence learn learned lesson lessons differently personally role disagree disagreed push "
            + "pushed back afterwards again since how big many much size scale customers team teams dollars people example "
            + "time specific real improve improved improvement know knew problem issue effect use used measure measured "
            + "respond responded react reacted signal wrong confirm");

    private ProbeCoverage() {
    }

    /** The answer's content terms, whole and per sentence, computed once while the policies check many probes. */
    private record AnswerTerms(AnswerAnalysis of, Set<String> all, List<Set<String>> sentences,
                               java.util.Map<Pattern, List<Integer>> matches) {
        /** Indices of the sentences that use one of {@code words}, found once per answer. */
        List<Integer> sentencesWith(Set<String> words) {
            return words == DATA_SOURCE ? dataSentences() : List.of();
        }

        private List<Integer> dataSentences() {
            return matches.computeIfAbsent(DATA_PATTERN_KEY, k -> {
                List<Integer> out = new ArrayList<>();
                ParsedText t = of.text();
                for (int i = 0; i < t.sentences().size(); i++) {
                    var sentence = t.sentence(i);
                    for (int j = sentence.firstToken(); j < sentence.endToken(); j++) {
                        if (DATA_SOURCE.contains(t.token(j).lower())) {
                            out.add(i);
                            break;
                        }
                    }
                }
                return out;
            });
        }

        /** Indices of the sentences that match {@code p}, found once per answer. */
        List<Integer> sentencesMatching(Pattern p) {
            return matches.computeIfAbsent(p, k -> {
                List<Integer> out = new ArrayList<>();
                ParsedText t = of.text();
                for (int i = 0; i < t.sentences().size(); i++) {
                    if (k.matcher(t.text(t.sentence(i))).find()) {
                        out.add(i);
                    }
                }
                return out;
            });
        }

        static AnswerTerms of(AnswerAnalysis a) {
            AnswerTerms last = LAST.get();
            if (last != null && last.of() == a) {
                return last;
            }
            List<Set<String>> per = new ArrayList<>();
            for (int i = 0; i < a.text().sentences().size(); i++) {
                per.add(Terms.of(a.text(), a.text().sentence(i)));
            }
            AnswerTerms t = new AnswerTerms(a, Terms.of(a.text()), per, new java.util.HashMap<>());
            LAST.set(t);
            return t;
        }
    }

    private static final ThreadLocal<AnswerTerms> LAST = new ThreadLocal<>();
    /** The memo key under which the data-source sentences are kept. */
    private static final Pattern DATA_PATTERN_KEY = Pattern.compile("data sources");

    /**
     * Whether a stock probe (a question's own follow-up or a deep dive) is already answered by the main answer: the
     * answer gives what its intent asks for and, when the probe names something particular ("how did you measure
     * that understanding improved"), it talks about that particular thing.
     */
    public static boolean covers(ProbeIntent intent, String probe, String question, AnswerAnalysis a, CaseRubric.Reading cases) {
        Given given = gives(intent, probe, question, a, cases);
        Set<String> own = new LinkedHashSet<>(Terms.of(probe));
        own.removeAll(Terms.of(question));
        own.removeAll(PROBE_NOISE);
        Set<String> answerTerms = AnswerTerms.of(a).all();
        int ownInAnswer = Terms.overlap(own, answerTerms);
        // most of the probe's own words are in the answer (two at least when it has two: one shared word is chance)
        boolean talksAboutIt = !own.isEmpty() && ownInAnswer * 2 >= own.size() && (ownInAnswer >= 2 || own.size() == 1);
        if (intent == ProbeIntent.CLARIFY || intent == ProbeIntent.GENERAL) {
            return given.full() || talksAboutIt;
        }
        if (!given.full() && !given.partial()) {
            return false;
        }
        Set<String> keys = new LinkedHashSet<>(own);
        keys.removeAll(INTENT_WORDS);
        if (keys.isEmpty()) {
            return given.full();
        }
        // the probe's particular words must be in the answer, next to what the intent asks for when there is just one
        Set<String> where = new LinkedHashSet<>();
        given.quotes().forEach(q -> where.addAll(Terms.of(q)));
        int inAnswer = Terms.overlap(keys, answerTerms);
        if (!given.full()) {
            return talksAboutIt || keys.size() >= 2 && inAnswer * 2 >= keys.size();
        }
        return talksAboutIt || (keys.size() == 1 ? Terms.overlap(keys, where) == 1 : inAnswer * 2 >= keys.size());
    }

    /**
     * @param probe the probe's words (for {@link ProbeIntent#CLARIFY}, the details it names)
     * @param question the main question's words: terms it shares with the probe are not the probe's own detail
     * @param cases how a case answer reads, or null for other rubrics
     */
    public static Given gives(ProbeIntent intent, String probe, String question, AnswerAnalysis a, CaseRubric.Reading cases) {
        return switch (intent) {
            case OUTCOME -> outcome(a);
            case PERSONAL_ROLE -> personal(a);
            case DATA -> data(a);
            case PUSHBACK -> a.disagreement().isEmpty() ? matching(a, PUSHBACK, "it shows where you disagreed")
                    : Given.yes("it shows where you disagreed", a.disagreement());
            case LESSON -> matching(a, LESSON, "it says what you learned or changed");
            case DO_DIFFERENTLY -> matching(a, DIFFERENTLY, "it says what you would do differently");
            case REAL_EXAMPLE -> a.story().tellsStory() && a.star().has(StarPart.ACTION)
                    ? Given.yes("it tells one real situation", a.star().evidenceFor(StarPart.ACTION)) : Given.no();
            case SCOPE -> scope(a);
            case CLARIFY, GENERAL -> detail(probe, question, a);
            case CASE_GOAL, CASE_CUSTOMER, CASE_OPTIONS, CASE_PRIORITY, CASE_METRICS, CASE_RISKS -> caseDimension(intent, a, cases);
        };
    }

    private static Given outcome(AnswerAnalysis a) {
        if (a.impact().quantified()) {
            return Given.yes("it gives a measured outcome (" + String.join(", ", a.impact().cited(2))
                    + ")", a.impact().evidence());
        }
        if (a.star().has(StarPart.RESULT)) {
            return Given.part("it names an outcome, but without a number", a.star().evidenceFor(StarPart.RESULT));
        }
        return Given.no();
    }

    private static Given personal(AnswerAnalysis a) {
        List<String> mine = new ArrayList<>();
        ParsedText t = a.text();
        for (SentenceFacts f : a.story().sentences()) {
            if (f.story() && f.action() && startsWithI(t, f.index())) {
                mine.add(t.quote(f.index()));
            }
        }
        if (!mine.isEmpty() && a.ownership().ownership() != Ownership.WE) {
            return Given.yes("it names steps you took yourself", mine);
        }
        if (!mine.isEmpty()) {
            return Given.part("your own steps are only partly clear", mine);
        }
        return Given.no();
    }

    /** The sentence has an I-word as the subject of one of its clauses (not just "my team"). */
    private static boolean startsWithI(ParsedText t, int sentence) {
        var s = t.sentence(sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = t.token(i).lower();
            if (w.equals("i") || w.equals("i'd") || w.equals("i've") || w.equals("i'm") || w.equals("myself")) {
                return true;
            }
        }
        return false;
    }

    private static Given data(AnswerAnalysis a) {
        List<String> named = new ArrayList<>(a.dataUse());
        ParsedText t = a.text();
        List<String> withNumbers = new ArrayList<>();
        for (int i : AnswerTerms.of(a).sentencesWith(DATA_SOURCE)) {
            if (!named.contains(t.quote(i))) {
                named.add(t.quote(i));
            }
            if (Terms.hasNumber(t, t.sentence(i))) {
                withNumbers.add(t.quote(i));
            }
        }
        if (!withNumbers.isEmpty()) {
            return Given.yes("it names the data and what it showed", withNumbers);
        }
        if (!named.isEmpty()) {
            boolean anyAmount = !a.impact().resultAmounts().isEmpty() || !a.impact().otherAmounts().isEmpty();
            return anyAmount ? Given.yes("it names the data and what it showed", named)
                    : Given.part("it names a data source but not what it showed", named);
        }
        return Given.no();
    }

    private static Given scope(AnswerAnalysis a) {
        List<String> amounts = new ArrayList<>(a.impact().otherAmounts());
        amounts.addAll(a.impact().resultAmounts());
        if (amounts.isEmpty()) {
            return Given.no();
        }
        List<String> quotes = new ArrayList<>();
        ParsedText t = a.text();
        for (int i = 0; i < t.sentences().size() && quotes.size() < 2; i++) {
            if (Terms.hasNumber(t, t.sentence(i))) {
                quotes.add(t.quote(i));
            }
        }
        return Given.yes("it says how big it was (" + String.join(", ", amounts.stream().limit(2).toList()) + ")", quotes);
    }

    private static Given matching(AnswerAnalysis a, Pattern p, String note) {
        List<String> quotes = new ArrayList<>();
        if (p == LESSON) {
            quotes.addAll(a.lessons());
        }
        ParsedText t = a.text();
        for (int i : AnswerTerms.of(a).sentencesMatching(p)) {
            if (!quotes.contains(t.quote(i))) {
                quotes.add(t.quote(i));
            }
        }
        return quotes.isEmpty() ? Given.no() : Given.yes(note, quotes);
    }

    private static final Pattern REASON = Pattern.compile("(?i)\\b(because|since|so that|the reason|due to)\\b");

    /**
     * The detail a probe names: its own content words (not the question's) where the text says something concrete
     * (three or more content words, or a number). Most of the probe's words in one sentence, or nearly all of them
     * across the text, cover it; a "why" probe also counts a reason given next to one of its words.
     */
    static Given detail(String probe, String question, AnswerAnalysis a) {
        Set<String> keys = new LinkedHashSet<>(Terms.of(probe));
        keys.removeAll(Terms.of(question));
        keys.removeAll(PROBE_NOISE);
        if (keys.isEmpty()) {
            return Given.no();
        }
        boolean asksWhy = Terms.lower(probe).matches("(?s).*\\bwhy\\b.*");
        int need = keys.size() >= 2 ? 2 : 1;
        int acrossNeed = Math.max(2, (int) Math.ceil(keys.size() * 0.6));
        ParsedText t = a.text();
        Set<String> across = new LinkedHashSet<>();
        List<String> quotes = new ArrayList<>();
        List<Set<String>> terms = AnswerTerms.of(a).sentences();
        for (int i = 0; i < t.sentences().size(); i++) {
            Set<String> here = terms.get(i);
            boolean concrete = here.size() >= 3 || Terms.hasNumber(t, t.sentence(i));
            if (!concrete) {
                continue;
            }
            int hits = Terms.overlap(keys, here);
            if (hits > 0 && asksWhy && keys.size() <= 2 && REASON.matcher(t.text(t.sentence(i))).find()) {
                hits++;
            }
            if (hits >= need && hits * 2 >= Math.min(keys.size(), 4)) {
                return Given.yes("it already covers that", List.of(t.quote(i)));
            }
            for (String k : keys) {
                if (here.contains(k)) {
                    across.add(k);
                    if (quotes.size() < 2 && !quotes.contains(t.quote(i))) {
                        quotes.add(t.quote(i));
                    }
                }
            }
        }
        return across.size() >= acrossNeed ? Given.yes("it already covers that", quotes) : Given.no();
    }

    /**
     * A reply to a probe asking for a detail answers it when it stays concrete: it names something the probe asked
     * about, or gives specifics (a number, a name) in a real statement rather than general talk.
     */
    static Given detailInReply(String probe, String question, AnswerAnalysis reply) {
        Given covered = detail(probe, question, reply);
        if (covered.full()) {
            return covered;
        }
        Set<String> keys = new LinkedHashSet<>(Terms.of(probe));
        keys.removeAll(PROBE_NOISE);
        ParsedText t = reply.text();
        Set<String> all = Terms.of(t);
        boolean specific = t.tokens().stream().anyMatch(x -> x.number()) || all.size() >= 12;
        boolean general = reply.story().kind() == dev.loopcoach.core.analysis.Story.Kind.GENERIC;
        if (!general && specific && (Terms.overlap(keys, all) > 0 || all.size() >= 15)) {
            return Given.yes("it gives the detail asked for", t.sentences().isEmpty() ? List.of() : List.of(t.quote(0)));
        }
        return all.size() >= 6 && !general ? Given.part("it stays general rather than giving the detail asked for", List.of())
                : Given.no();
    }

    private static Given caseDimension(ProbeIntent intent, AnswerAnalysis a, CaseRubric.Reading cases) {
        CaseRubric.Reading r = cases != null ? cases : CaseRubric.read(a);
        CaseRubric.Dimension d = CaseRubric.Dimension.of(intent).orElseThrow();
        String quote = r.covered().get(d);
        if (quote != null) {
            return Given.yes("it " + d.label(), List.of(quote));
        }
        return r.named().contains(d) ? Given.part("it mentions this without anything specific", List.of()) : Given.no();
    }
}
