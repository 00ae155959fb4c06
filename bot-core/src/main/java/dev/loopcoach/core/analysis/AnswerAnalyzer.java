package dev.loopcoach.core.analysis;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses one answer to one question: STAR parts, quantified impact, ownership, length, language, LP signals and
 * relevance, each with quotes from the answer. Thread-safe and deterministic; linear in the answer length (inputs
 * beyond {@link TextParser#MAX_ANALYSED_CHARS} are cut, word counts still cover everything).
 */
public final class AnswerAnalyzer {
    private static final int MAX_SIGNAL_QUOTES = 3;

    private final TextParser parser = new TextParser();
    private final LpTagger tagger;
    /** Tags questions whose principles are not given: the cues plus the bank's profiles (see {@link BankPrior}). */
    private final LpTagger questionTagger;
    private final StoryReader reader;
    private final LanguageCheck language;

    private final CueSet.Combined allCues;
    /** Questions repeat (bank questions, follow-up probes): parse each once. Pure, so caching cannot change results. */
    private final com.github.benmanes.caffeine.cache.Cache<String, ParsedText> questions =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_048).build();

    public AnswerAnalyzer(LpTagger tagger, StoryReader reader, LanguageCheck language) {
        this.tagger = tagger;
        this.questionTagger = tagger.withBankPrior();
        this.reader = reader;
        this.language = language;
        this.allCues = new CueSet.Combined(List.of(tagger.cues(), reader.cues(), language.cues(), RelevanceCheck.WORK));
    }

    public static AnswerAnalyzer standard() {
        return new AnswerAnalyzer(LpTagger.standard(), StoryReader.standard(), LanguageCheck.standard());
    }

    public LpTagger tagger() {
        return tagger;
    }

    /**
     * @param targeted the principles the question targets, primary first; when empty they are inferred from the
     *        question text with the tagger
     */
    public AnswerAnalysis analyze(String question, String answer, List<LeadershipPrinciple> targeted) {
        return analyze(question, answer, targeted, false);
    }

    /**
     * Analyses the answer to a follow-up probe: it continues a story told before, so it may be short and may
     * give an outcome without repeating the steps.
     */
    public AnswerAnalysis analyzeFollowUp(String probe, String answer, List<LeadershipPrinciple> targeted) {
        return analyze(probe, answer, targeted, true);
    }

    private AnswerAnalysis analyze(String question, String answer, List<LeadershipPrinciple> targeted, boolean followUp) {
        ParsedText q = parsedQuestion(question);
        ParsedText a = parser.parse(answer == null ? "" : answer);
        List<LeadershipPrinciple> targets = targeted == null || targeted.isEmpty() ? inferTargets(q) : targeted;
        List<List<CueMatch>> matches = allCues.match(a);
        Story story = reader.read(a, followUp, matches.get(1));
        LpTagging signals = tagger.rank(a, matches.get(0));
        StarFinding star = StarDetector.detect(story);
        ImpactFinding impact = ImpactDetector.detect(story);
        OwnershipFinding ownership = OwnershipDetector.detect(story);
        LengthFinding length = LengthFinding.of(a.words());
        LanguageFinding lang = language.check(a, story.fillerWords(), matches.get(2));
        LpFinding lps = lpFinding(a, signals, targets);
        Relevance relevance = RelevanceCheck.check(a, q, story, signals, targets, followUp, !matches.get(3).isEmpty());
        if (!followUp && noStory(relevance)) {
            // nothing happened in it, so it has no STAR part and no result to measure (rubric section 2)
            star = new StarFinding(java.util.Map.of());
            impact = new ImpactFinding(false, List.of(), impact.otherAmounts(), impact.forecastAmounts(), List.of(), impact.forecasts(), 0);
        }
        return new AnswerAnalysis(a, story, star, impact, ownership, length, lang, lps, relevance,
                quotesFor(story, StoryReader.Label.DISAGREE, 2.5), quotesFor(story, StoryReader.Label.DATA, 2),
                lessons(story));
    }

    /** Whether {@code text} only restates {@code question} (a copied question), judged on those words alone. */
    public boolean echoesQuestion(String question, String text) {
        return RelevanceCheck.echoesQuestion(parsedQuestion(question), parser.parse(text == null ? "" : text));
    }

    private static boolean noStory(Relevance r) {
        return r.kind() == Relevance.Kind.EMPTY || r.kind() == Relevance.Kind.NO_STORY;
    }

    /** The primary principle of a question, plus the runner-up when it scores at least 75% of the best. */
    public List<LeadershipPrinciple> inferTargets(String question) {
        return inferTargets(parsedQuestion(question));
    }

    private ParsedText parsedQuestion(String question) {
        String q = question == null ? "" : question;
        return q.length() > 2_000 ? parser.parse(q) : questions.get(q, parser::parse);
    }

    private List<LeadershipPrinciple> inferTargets(ParsedText question) {
        LpTagging t = questionTagger.tag(question);
        if (t.blank()) {
            return List.of();
        }
        List<LeadershipPrinciple> out = new ArrayList<>(2);
        out.add(t.best().lp());
        LpScore second = t.ranked().get(1);
        if (second.raw() > 0 && second.raw() >= 0.75 * t.best().raw()) {
            out.add(second.lp());
        }
        return out;
    }

    private static LpFinding lpFinding(ParsedText text, LpTagging signals, List<LeadershipPrinciple> targets) {
        List<LeadershipPrinciple> shown = new ArrayList<>();
        for (LpScore s : signals.ranked()) {
            if (s.score() >= LpFinding.SHOWN_AT && shown.size() < 5) {
                shown.add(s.lp());
            }
        }
        List<LeadershipPrinciple> matched = new ArrayList<>();
        List<LeadershipPrinciple> missed = new ArrayList<>();
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : targets) {
            LpScore s = signals.of(lp);
            (s.score() >= LpFinding.SHOWN_AT ? matched : missed).add(lp);
            List<String> quotes = new ArrayList<>();
            for (int sentence : s.sentences()) {
                if (quotes.size() < MAX_SIGNAL_QUOTES) {
                    quotes.add(Quotes.of(text, sentence));
                }
            }
            evidence.put(lp, quotes);
        }
        return new LpFinding(signals, targets, shown, matched, missed, evidence);
    }

    private static List<String> quotesFor(Story story, StoryReader.Label label, double atLeast) {
        double[] perSentence = new double[story.text().sentences().size()];
        String name = label.name().toLowerCase(java.util.Locale.ROOT);
        for (CueMatch m : story.cues()) {
            if (m.label().equals(name)) {
                perSentence[m.sentence()] += m.weight();
            }
        }
        List<String> out = new ArrayList<>();
        for (SentenceFacts f : story.sentences()) {
            if (perSentence[f.index()] >= atLeast && f.kind() != SentenceFacts.Kind.GENERIC && out.size() < MAX_SIGNAL_QUOTES) {
                out.add(Quotes.of(story.text(), f.index()));
            }
        }
        return out;
    }

    private static List<String> lessons(Story story) {
        List<String> out = new ArrayList<>();
        for (SentenceFacts f : story.sentences()) {
            if (f.lesson() && out.size() < MAX_SIGNAL_QUOTES) {
                out.add(Quotes.of(story.text(), f.index()));
            }
        }
        return out;
    }
}
