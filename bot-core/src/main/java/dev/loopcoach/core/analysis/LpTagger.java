package dev.loopcoach.core.analysis;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the 16 Leadership Principles for any text (a question, a custom question, an answer) from weighted
 * cue patterns ({@code analysis/lp-cues.txt}, plus optional keywords from the LP guide). Each match adds its
 * weight to its principle (a repeated cue adds half, then a quarter; a negated cue adds 30%); the sum maps to a
 * score in [0, 1] with {@code 1 - exp(-raw / 4)}. Ties keep a fixed order of how often each principle is asked.
 * No network, no model files, deterministic, linear in the length of the text.
 */
public final class LpTagger {
    public static final String RESOURCE = "analysis/lp-cues.txt";
    private static final double SCALE = 4.0;
    private static final int MAX_TRIGGERS = 5;
    private static final double SIDE_CLAUSE_FACTOR = 0.6;
    /** Trigger phrases are collected for this many of the best-ranked principles. */
    private static final int TRIGGERS_FOR_TOP = 5;

    /** Tie order: roughly how often interviewers ask for each principle. */
    private static final List<LeadershipPrinciple> PRIOR = List.of(
            LeadershipPrinciple.CUSTOMER_OBSESSION, LeadershipPrinciple.OWNERSHIP, LeadershipPrinciple.DELIVER_RESULTS,
            LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.BACKBONE, LeadershipPrinciple.BIAS_FOR_ACTION,
            LeadershipPrinciple.EARN_TRUST, LeadershipPrinciple.ARE_RIGHT_A_LOT, LeadershipPrinciple.INVENT_AND_SIMPLIFY,
            LeadershipPrinciple.HIGHEST_STANDARDS, LeadershipPrinciple.LEARN_AND_BE_CURIOUS, LeadershipPrinciple.THINK_BIG,
            LeadershipPrinciple.HIRE_AND_DEVELOP, LeadershipPrinciple.FRUGALITY, LeadershipPrinciple.BEST_EMPLOYER,
            LeadershipPrinciple.BROAD_RESPONSIBILITY);

    private static final Map<LeadershipPrinciple, Integer> PRIOR_RANK = new java.util.EnumMap<>(LeadershipPrinciple.class);

    static {
        for (int i = 0; i < PRIOR.size(); i++) {
            PRIOR_RANK.put(PRIOR.get(i), i);
        }
    }

    private final CueSet cues;
    private final BankPrior prior;
    private final double priorWeight;
    private final TextParser parser = new TextParser();
    private final Map<String, LeadershipPrinciple> bySlug = new HashMap<>();

    public LpTagger(CueSet cues) {
        this(cues, null, 0);
    }

    private LpTagger(CueSet cues, BankPrior prior, double priorWeight) {
        this.cues = cues;
        this.prior = prior;
        this.priorWeight = priorWeight;
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            bySlug.put(lp.slug(), lp);
        }
        for (Cue cue : cues.cues()) {
            if (!bySlug.containsKey(cue.label())) {
                throw new IllegalArgumentException("cue '" + cue.pattern() + "' has unknown principle " + cue.label());
            }
        }
    }

    /** The built-in lexicon only. */
    public static LpTagger standard() {
        return new LpTagger(CueSet.of(CueSet.readResource(RESOURCE)));
    }

    /** How much the bank's profiles (a cosine in [0, 1]) weigh against the cues' raw weights when tagging a question. */
    static final double QUESTION_PRIOR_WEIGHT = 16.0;

    /**
     * For questions: the built-in lexicon plus what the bank's own questions on each principle are about
     * ({@link BankPrior}), so a question worded unlike any cue still leans the right way. Answers keep the lexicon only:
     * a story's principle is read from what the candidate did, not from topic words.
     */
    public static LpTagger forQuestions() {
        return standard().withBankPrior();
    }

    /**
     * As {@link #forQuestions}, with a prior that never saw the example questions of {@code withoutVoices}: for measuring
     * a writer's questions honestly (leave one voice out).
     */
    public static LpTagger forQuestionsWithout(java.util.Set<String> withoutVoices) {
        LpTagger standard = standard();
        return new LpTagger(standard.cues, BankPrior.standard(withoutVoices), QUESTION_PRIOR_WEIGHT);
    }

    /** This tagger's cues with the bank's profiles added, for tagging questions. */
    public LpTagger withBankPrior() {
        return new LpTagger(cues, BankPrior.shared(), QUESTION_PRIOR_WEIGHT);
    }

    /**
     * The built-in lexicon plus extra keywords per principle (e.g. the "keywords" of {@code lp/<slug>.json}),
     * each a word or short phrase worth {@code weight}. Keywords already in the lexicon are not added twice.
     */
    public static LpTagger withKeywords(Map<LeadershipPrinciple, List<String>> keywords, double weight) {
        List<Cue> all = new ArrayList<>(CueSet.readResource(RESOURCE));
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Cue c : all) {
            known.add(c.label() + "|" + c.pattern());
        }
        keywords.forEach((lp, words) -> {
            for (String w : words) {
                String p = cleanKeyword(w);
                if (!p.isEmpty() && known.add(lp.slug() + "|" + p)) {
                    all.addAll(CueSet.compile(lp.slug(), weight, p, "keyword of " + lp.slug()));
                }
            }
        });
        return new LpTagger(CueSet.of(all));
    }

    private static String cleanKeyword(String w) {
        StringBuilder b = new StringBuilder();
        for (String part : w.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'*]+")) {
            if (!part.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }

    public LpTagging tag(String text) {
        return tag(parser.parse(text));
    }

    public LpTagging tag(ParsedText text) {
        return rank(text, cues.match(text));
    }

    CueSet cues() {
        return cues;
    }

    /** Ranks from matches already computed for {@code text} with this tagger's cues. */
    LpTagging rank(ParsedText text, List<CueMatch> matches) {
        int n = LeadershipPrinciple.values().length;
        double[] raw = new double[n];
        Map<String, int[]> seen = new java.util.IdentityHashMap<>();
        List<List<Trigger>> triggers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            triggers.add(new ArrayList<>(4));
        }
        int[] sideFrom = sideClauseStarts(text);
        for (CueMatch m : matches) {
            LeadershipPrinciple lp = bySlug.get(m.label());
            int[] count = seen.computeIfAbsent(m.cue().pattern(), k -> new int[1]);
            int times = ++count[0];
            double w = m.weight() * (times == 1 ? 1.0 : times == 2 ? 0.5 : 0.25);
            if (m.firstToken() > sideFrom[m.sentence()]) {
                w *= SIDE_CLAUSE_FACTOR;
            }
            raw[lp.ordinal()] += w;
            if (w > 0) {
                triggers.get(lp.ordinal()).add(new Trigger(m.firstToken(), m.endToken(), m.sentence(), w));
            }
        }
        if (prior != null && java.util.Arrays.stream(raw).anyMatch(r -> r > 0)) {
            // the bank's profiles refine what the cues found; a text no cue speaks to stays untagged, so a case or
            // screen question is not given a principle by its everyday words
            double[] sim = prior.similarity(text);
            for (int i = 0; i < n; i++) {
                raw[i] += priorWeight * sim[i];
            }
        }
        List<LeadershipPrinciple> order = new ArrayList<>(LeadershipPrinciple.all());
        order.sort(Comparator.comparingDouble((LeadershipPrinciple lp) -> Math.max(0, raw[lp.ordinal()])).reversed()
                .thenComparingInt(PRIOR_RANK::get));
        double[] perSentence = new double[text.sentences().size()];
        List<LpScore> scores = new ArrayList<>(n);
        for (int rank = 0; rank < order.size(); rank++) {
            LeadershipPrinciple lp = order.get(rank);
            double r = Math.max(0, raw[lp.ordinal()]);
            double score = Math.round((1 - Math.exp(-r / SCALE)) * 1000) / 1000.0;
            List<Trigger> found = triggers.get(lp.ordinal());
            if (r <= 0) {
                scores.add(new LpScore(lp, score, r, List.of(), List.of()));
            } else {
                List<String> phrases = rank < TRIGGERS_FOR_TOP ? topTriggers(text, found) : List.of();
                scores.add(new LpScore(lp, score, r, phrases, topSentences(found, perSentence)));
            }
        }
        return new LpTagging(scores);
    }

    /**
     * For each sentence, the token where a side clause starts ("even though it cost", "without hurting the
     * customer", "rather than your team"): what follows is a constraint, not the topic, so cues there count less.
     * A cue that itself starts with the marker ("without waiting") keeps its full weight.
     */
    private static int[] sideClauseStarts(ParsedText text) {
        int[] from = new int[text.sentences().size()];
        for (Sentence s : text.sentences()) {
            from[s.index()] = Integer.MAX_VALUE;
            for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
                Token t = text.token(i);
                if (!t.is(Token.SIDE_MARKER)) {
                    continue;
                }
                String w = t.lower();
                String prev = text.token(i - 1).lower();
                boolean marker = w.equals("though") || w.equals("although") || w.equals("despite")
                        || w.equals("without") || (w.equals("than") && prev.equals("rather"))
                        || (w.equals("of") && prev.equals("instead")) || (w.equals("if") && prev.equals("even"));
                if (marker) {
                    from[s.index()] = w.equals("than") || w.equals("of") || w.equals("if") || w.equals("though")
                            && prev.equals("even") ? i - 1 : i;
                    break;
                }
            }
        }
        return from;
    }

    private static List<String> topTriggers(ParsedText text, List<Trigger> found) {
        Trigger[] arr = found.toArray(new Trigger[0]);
        Arrays.sort(arr, Comparator.comparingDouble(Trigger::weight).reversed().thenComparingInt(Trigger::first));
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Trigger t : arr) {
            String phrase = text.text(t.first(), t.end());
            if (phrase.length() > 60) {
                phrase = phrase.substring(0, 60);
            }
            out.putIfAbsent(phrase.toLowerCase(java.util.Locale.ROOT), Boolean.TRUE);
            if (out.size() == MAX_TRIGGERS) {
                break;
            }
        }
        return List.copyOf(out.keySet());
    }

    /** Up to three sentences, ranked by the cue weight they carry for one principle (ties: earlier first). */
    private static List<Integer> topSentences(List<Trigger> found, double[] perSentence) {
        for (Trigger t : found) {
            perSentence[t.sentence()] += t.weight();
        }
        int[] best = {-1, -1, -1};
        for (Trigger t : found) {
            int s = t.sentence();
            if (perSentence[s] <= 0 || s == best[0] || s == best[1] || s == best[2]) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                if (best[k] < 0 || perSentence[s] > perSentence[best[k]] || perSentence[s] == perSentence[best[k]] && s < best[k]) {
                    for (int m = 2; m > k; m--) {
                        best[m] = best[m - 1];
                    }
                    best[k] = s;
                    break;
                }
            }
        }
        List<Integer> out = new ArrayList<>(3);
        for (int b : best) {
            if (b >= 0) {
                out.add(b);
            }
        }
        for (Trigger t : found) {
            perSentence[t.sentence()] = 0;
        }
        return out;
    }

    private record Trigger(int first, int end, int sentence, double weight) {
    }
}
