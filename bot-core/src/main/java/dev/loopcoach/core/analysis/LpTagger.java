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

    /** Tie order: roughly how often interviewers ask for each principle. */
    private static final List<LeadershipPrinciple> PRIOR = List.of(
            LeadershipPrinciple.CUSTOMER_OBSESSION, LeadershipPrinciple.OWNERSHIP, LeadershipPrinciple.DELIVER_RESULTS,
            LeadershipPrinciple.DIVE_DEEP, LeadershipPrinciple.BACKBONE, LeadershipPrinciple.BIAS_FOR_ACTION,
            LeadershipPrinciple.EARN_TRUST, LeadershipPrinciple.ARE_RIGHT_A_LOT, LeadershipPrinciple.INVENT_AND_SIMPLIFY,
            LeadershipPrinciple.HIGHEST_STANDARDS, LeadershipPrinciple.LEARN_AND_BE_CURIOUS, LeadershipPrinciple.THINK_BIG,
            LeadershipPrinciple.HIRE_AND_DEVELOP, LeadershipPrinciple.FRUGALITY, LeadershipPrinciple.BEST_EMPLOYER,
            LeadershipPrinciple.BROAD_RESPONSIBILITY);

    private final CueSet cues;
    private final TextParser parser = new TextParser();
    private final Map<String, LeadershipPrinciple> bySlug = new HashMap<>();

    public LpTagger(CueSet cues) {
        this.cues = cues;
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

    /** Ranks from matches already computed for {@code text}. */
    LpTagging rank(ParsedText text, List<CueMatch> matches) {
        int n = LeadershipPrinciple.values().length;
        double[] raw = new double[n];
        Map<String, Integer> seen = new HashMap<>();
        List<List<Trigger>> triggers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            triggers.add(new ArrayList<>(4));
        }
        int[] sideFrom = sideClauseStarts(text);
        for (CueMatch m : matches) {
            LeadershipPrinciple lp = bySlug.get(m.label());
            int times = seen.merge(m.label() + '|' + m.cue().pattern(), 1, Integer::sum);
            double w = m.weight() * (times == 1 ? 1.0 : times == 2 ? 0.5 : 0.25);
            if (m.firstToken() > sideFrom[m.sentence()]) {
                w *= SIDE_CLAUSE_FACTOR;
            }
            raw[lp.ordinal()] += w;
            if (w > 0) {
                triggers.get(lp.ordinal()).add(new Trigger(m.firstToken(), m.endToken(), m.sentence(), w));
            }
        }
        List<LpScore> scores = new ArrayList<>(n);
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            double r = Math.max(0, raw[lp.ordinal()]);
            double score = Math.round((1 - Math.exp(-r / SCALE)) * 1000) / 1000.0;
            List<Trigger> found = triggers.get(lp.ordinal());
            scores.add(r > 0 ? new LpScore(lp, score, r, topTriggers(text, found), topSentences(found))
                    : new LpScore(lp, score, r, List.of(), List.of()));
        }
        scores.sort(Comparator.comparingDouble(LpScore::raw).reversed()
                .thenComparingInt(s -> PRIOR.indexOf(s.lp())));
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
                String w = text.token(i).lower();
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

    /** Sentences ranked by the cue weight they carry for one principle. */
    private static List<Integer> topSentences(List<Trigger> found) {
        Map<Integer, Double> bySentence = new HashMap<>();
        for (Trigger t : found) {
            bySentence.merge(t.sentence(), t.weight(), Double::sum);
        }
        List<Map.Entry<Integer, Double>> entries = new ArrayList<>(bySentence.entrySet());
        entries.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Integer> out = new ArrayList<>(Math.min(3, entries.size()));
        for (int i = 0; i < entries.size() && i < 3; i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }

    private record Trigger(int first, int end, int sentence, double weight) {
    }
}
