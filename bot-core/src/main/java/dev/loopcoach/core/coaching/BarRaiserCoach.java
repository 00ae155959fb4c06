package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.Relevance;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.verdict.LevelCalibration;
import dev.loopcoach.core.verdict.SubstancePolicy;
import dev.loopcoach.core.followup.FollowUpPlanner;
import dev.loopcoach.core.followup.ProbeContext;
import dev.loopcoach.core.followup.QuestionTraits;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuide;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.verdict.LpVote;
import dev.loopcoach.core.verdict.RewriteTips;
import dev.loopcoach.core.verdict.StarSkeleton;
import dev.loopcoach.core.verdict.Verdict;
import dev.loopcoach.core.verdict.VerdictJudge;
import dev.loopcoach.core.writing.WritingAnalyzer;
import dev.loopcoach.core.writing.WritingReport;
import dev.loopcoach.core.writing.WritingTarget;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one judging pipeline every surface uses (console, Discord, Slack, the loop, daily threads, the batch CLI).
 * Each answer is judged by the rubric of its question's type (rubric section 1): a STAR story for behavioral
 * questions, a walk-through for case questions, a short motivated pitch for the recruiter screen, a memo for the
 * writing exercise, and a reply to a probe by what the probe asked. Then the follow-up policies choose what to ask
 * next. Deterministic, offline and thread-safe; all work is linear in the answer length.
 */
public final class BarRaiserCoach implements AnswerCoach {
    private final AnswerAnalyzer analyzer;
    private final Map<LeadershipPrinciple, List<String>> deepDives;
    private final FollowUpPlanner planner;
    private final Level defaultLevel;
    private final VerdictJudge judge = new VerdictJudge();
    private final WritingAnalyzer writing = new WritingAnalyzer();
    private final com.github.benmanes.caffeine.cache.Cache<String, QuestionTraits> traits =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_048).build();

    /**
     * @param guides the LP guides (deep dives per principle); null to use only the built-in deep dives
     */
    public BarRaiserCoach(AnswerAnalyzer analyzer, PrincipleGuides guides, FollowUpPlanner planner) {
        this(analyzer, guides, planner, dev.loopcoach.core.CoachSettings.defaults().defaultLevel());
    }

    /** @param defaultLevel the level an answer is judged at when none is given (the configured interview level) */
    public BarRaiserCoach(AnswerAnalyzer analyzer, PrincipleGuides guides, FollowUpPlanner planner, Level defaultLevel) {
        this.analyzer = analyzer;
        this.planner = planner;
        this.defaultLevel = java.util.Objects.requireNonNull(defaultLevel, "defaultLevel");
        Map<LeadershipPrinciple, List<String>> dives = new EnumMap<>(LeadershipPrinciple.class);
        if (guides != null) {
            for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
                PrincipleGuide g = guides.of(lp);
                if (g != null) {
                    dives.put(lp, g.deepDives());
                }
            }
        }
        this.deepDives = Map.copyOf(dives);
    }

    public BarRaiserCoach(AnswerAnalyzer analyzer, PrincipleGuides guides) {
        this(analyzer, guides, FollowUpPlanner.standard());
    }

    /** The standard analyzer and policies, with the LP guides from the classpath. */
    public static BarRaiserCoach standard() {
        return new BarRaiserCoach(AnswerAnalyzer.standard(), PrincipleGuides.load());
    }

    /** The standard coach, judging at {@code defaultLevel} when a caller gives no level. */
    public static BarRaiserCoach standard(Level defaultLevel) {
        return new BarRaiserCoach(AnswerAnalyzer.standard(), PrincipleGuides.load(), FollowUpPlanner.standard(), defaultLevel);
    }

    public Level defaultLevel() {
        return defaultLevel;
    }

    public AnswerAnalyzer analyzer() {
        return analyzer;
    }

    public LpTagger tagger() {
        return analyzer.tagger();
    }

    @Override
    public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
        return assess(question, defaultLevel, answer, alreadyAsked).coaching();
    }

    @Override
    public Coaching coach(Question question, Level level, String answer, Collection<String> alreadyAsked) {
        return assess(question, level, answer, alreadyAsked).coaching();
    }

    /** Like {@link #coach} but also returns the analysis (and, for a story, the verdict) behind the coaching. */
    public Assessment assess(Question question, String answer, Collection<String> alreadyAsked) {
        return assess(question, defaultLevel, answer, alreadyAsked);
    }

    /** Judged at {@code level}: a story below that level's scope loses a step, and the feedback says why. */
    public Assessment assess(Question question, Level level, String answer, Collection<String> alreadyAsked) {
        List<LeadershipPrinciple> targets = targets(question);
        AnswerAnalysis a = analyzer.analyze(question.text(), answer == null ? "" : answer, targets);
        Collection<String> asked = alreadyAsked == null ? List.of() : alreadyAsked;
        return switch (RubricKind.forCategory(question.category())) {
            case CASE -> caseAnswer(question, targets, a, asked);
            case RECRUITER -> recruiterAnswer(question, targets, a, asked);
            case WRITING -> memo(question, targets, a, answer == null ? "" : answer, asked);
            default -> story(question, level == null ? defaultLevel : level, targets, a, asked);
        };
    }

    private Assessment story(Question question, Level level, List<LeadershipPrinciple> targets, AnswerAnalysis a,
                             Collection<String> asked) {
        QuestionTraits traits = traitsOf(question, targets);
        // judged on its core (no repeats, no background beyond the context of the first step), so padding never raises
        // a vote; then the penalties for length and background on the answer as given, then the level's scope
        StoryCore.Reading core = StoryCore.read(a);
        AnswerAnalysis judged = core.padding().trimmed() ? analyzer.analyze(question.text(), core.text(), targets) : a;
        if (core.padding().trimmed() && !core.story().isBlank() && !core.story().equals(core.text())) {
            // the background kept as the story's context is no evidence of a principle: with history set aside, the
            // principle is read from the speaker's task and steps only, so words in the history never lift a vote
            judged = withPrinciples(judged, analyzer.analyze(question.text(), core.story(), targets).lps());
        }
        if (!core.ownWords().isEmpty() && judged.relevance().judgeable()
                && analyzer.echoesQuestion(question.text(), core.ownWords())) {
            // company history around it does not make a copied question an answer: everything the speaker says of
            // themselves only restates the question (rubric section 4: always Strongly Not Inclined)
            judged = withRelevance(judged, new Relevance(Relevance.Kind.NO_STORY,
                    "It repeats the question instead of telling one thing that happened."));
        }
        if (judged != a && a.relevance().judgeable() && judged.relevance().kind() == Relevance.Kind.OFF_TOPIC) {
            // whether it answers the question is read from everything the candidate said: the context set aside to
            // find the core is where a story names what the question asked about
            judged = withRelevance(judged, a.relevance());
        }
        Verdict verdict = LevelCalibration.apply(SubstancePolicy.apply(judge.judge(judged, targets, traits), core.padding()),
                level, dev.loopcoach.core.verdict.LevelScope.read(a.text(), core.scope()));
        List<FollowUp> followUps = planner.plan(new ProbeContext(question, targets, a, traits, deepDives), asked,
                FollowUpPlanner.MAX_PER_QUESTION);
        java.util.Set<LeadershipPrinciple> shown = new java.util.HashSet<>();
        verdict.votes().stream().filter(v -> v.vote().positive()).forEach(v -> shown.add(v.lp()));
        List<String> tips = RewriteTips.of(a, targets, traits, shown);
        List<StarSkeleton.Line> skeleton = StarSkeleton.of(a);
        Map<LeadershipPrinciple, Vote> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LpVote v : verdict.votes()) {
            votes.put(v.lp(), v.vote());
            evidence.put(v.lp(), v.evidence());
        }
        Coaching coaching = new Coaching(summary(a), votes, evidence, verdict.overall(), followUps, tips,
                FeedbackView.answer(a, verdict, tips, skeleton), RubricKind.BEHAVIORAL,
                FeedbackView.answerFindings(a, verdict, tips, skeleton), Optional.empty());
        return new Assessment(a, targets, coaching, Optional.of(new Assessment.StoryVerdict(verdict, skeleton)));
    }

    private static AnswerAnalysis withPrinciples(AnswerAnalysis a, dev.loopcoach.core.analysis.LpFinding lps) {
        return new AnswerAnalysis(a.text(), a.story(), a.star(), a.impact(), a.ownership(), a.length(), a.language(), lps,
                a.relevance(), a.disagreement(), a.dataUse(), a.lessons());
    }

    private static AnswerAnalysis withRelevance(AnswerAnalysis a, Relevance r) {
        return new AnswerAnalysis(a.text(), a.story(), a.star(), a.impact(), a.ownership(), a.length(), a.language(), a.lps(), r,
                a.disagreement(), a.dataUse(), a.lessons());
    }

    /** A case question (product, strategy, metrics, technical, program) is read as a walk-through, not a story. */
    private Assessment caseAnswer(Question question, List<LeadershipPrinciple> targets, AnswerAnalysis a, Collection<String> asked) {
        CaseRubric.Reading r = CaseRubric.read(a, question.text());
        List<FollowUp> followUps = planner.plan(new ProbeContext(question, targets, RubricKind.CASE, a, traitsOf(question, targets),
                deepDives, Optional.of(r), Optional.empty(), Optional.empty()), asked, FollowUpPlanner.MAX_PER_QUESTION);
        List<String> tips = new java.util.ArrayList<>(r.missing().stream().limit(3).map(CaseRubric.Dimension::tip).toList());
        if (tips.isEmpty()) {
            tips.add("Close with a one-line recommendation and the first step you would take on Monday.");
        }
        CaseView view = CaseView.of(a, r, tips);
        return judgedAs(RubricKind.CASE, a, targets, r.vote(), r.covered().values().stream().limit(3).toList(), followUps, tips,
                view.blocks(), view.findings());
    }

    /** A recruiter-screen answer is a short, specific, motivated pitch: never STAR findings or a call for 300 words. */
    private Assessment recruiterAnswer(Question question, List<LeadershipPrinciple> targets, AnswerAnalysis a, Collection<String> asked) {
        RecruiterRubric.Reading r = RecruiterRubric.read(a, question.text());
        List<FollowUp> followUps = planner.plan(new ProbeContext(question, targets, RubricKind.RECRUITER, a, traitsOf(question, targets),
                deepDives, Optional.empty(), Optional.of(r), Optional.empty()), asked, FollowUpPlanner.MAX_PER_QUESTION);
        List<String> tips = new java.util.ArrayList<>(r.missing().stream().limit(2).map(RecruiterRubric.Part::tip).toList());
        if (tips.isEmpty()) {
            tips.add("Keep it this tight: 30 to 90 seconds, then let the recruiter choose what to ask next.");
        }
        RecruiterView view = RecruiterView.of(a, r, tips);
        return judgedAs(RubricKind.RECRUITER, a, targets, r.vote(), r.shown().values().stream().limit(3).toList(), followUps, tips,
                view.blocks(), view.findings());
    }

    /** The writing exercise is read as a memo; the vote follows the writing verdict (the feedback itself is the memo's). */
    private Assessment memo(Question question, List<LeadershipPrinciple> targets, AnswerAnalysis a, String draft, Collection<String> asked) {
        WritingReport report = writing.analyze(draft, Optional.of(WritingTarget.forPrompt(question)));
        Vote vote = report.words() < 40 ? Vote.STRONGLY_NOT_INCLINED : switch (report.verdict()) {
            case READY -> Vote.STRONGLY_INCLINED;
            case CLOSE -> Vote.INCLINED;
            case REWORK -> Vote.NOT_INCLINED;
        };
        List<Finding> findings = new java.util.ArrayList<>();
        findings.add(Finding.of("writing-verdict", report.verdict().label()));
        report.reasons().forEach(r -> findings.add(Finding.of("writing-reason", r)));
        List<String> tips = report.reasons().stream().limit(3).toList();
        List<FollowUp> followUps = planner.plan(new ProbeContext(question, targets, RubricKind.WRITING, a, traitsOf(question, targets),
                deepDives, Optional.empty(), Optional.empty(), Optional.empty()), asked, FollowUpPlanner.MAX_PER_QUESTION);
        return judgedAs(RubricKind.WRITING, a, targets, vote, List.of(), followUps, tips,
                dev.loopcoach.core.writing.WritingView.feedback(report).blocks(), findings);
    }

    /**
     * Judges a reply to a probe against what the probe asked (its intent) and the story it follows. When the reply
     * did not answer it, the policies may rephrase the probe once; otherwise none, so the interview moves on to the
     * follow-ups planned after the main answer.
     */
    @Override
    public Coaching coachFollowUp(Question question, AskedProbe probe, String story, String reply, Collection<String> alreadyAsked) {
        List<LeadershipPrinciple> targets = targets(question);
        AnswerAnalysis a = analyzer.analyzeFollowUp(probe.text(), reply == null ? "" : reply, targets);
        ProbeReading r = ProbeJudge.judge(probe, question.text(), a, story == null ? "" : story);
        List<String> asked = new java.util.ArrayList<>(alreadyAsked == null ? List.of() : alreadyAsked);
        asked.add(probe.text());
        List<FollowUp> next = planner.plan(new ProbeContext(question, targets, RubricKind.forCategory(question.category()), a,
                traitsOf(question, targets), deepDives, Optional.empty(), Optional.empty(), Optional.of(r)), asked, 1);
        List<Finding> findings = List.of(
                new Finding(r.answersProbe() ? "probe-answered" : "probe-not-answered", r.reason(), r.evidence()),
                Finding.of("tip", r.tip()));
        return new Coaching(summary(a), sameVote(targets, r.vote()), sameEvidence(targets, r.evidence()), r.vote(), next,
                List.of(r.tip()), FeedbackView.followUp(r), RubricKind.FOLLOW_UP, findings, Optional.of(r));
    }

    /** A rubric with one vote for the whole answer: every targeted principle gets it, with the same quotes. */
    private static Assessment judgedAs(RubricKind rubric, AnswerAnalysis a, List<LeadershipPrinciple> targets, Vote vote,
                                       List<String> quotes, List<FollowUp> followUps, List<String> tips,
                                       List<dev.loopcoach.core.reply.Block> blocks, List<Finding> findings) {
        return new Assessment(a, targets, new Coaching(summary(a), sameVote(targets, vote), sameEvidence(targets, quotes), vote,
                followUps, tips, blocks, rubric, findings, Optional.empty()), Optional.empty());
    }

    private static Map<LeadershipPrinciple, Vote> sameVote(List<LeadershipPrinciple> targets, Vote v) {
        Map<LeadershipPrinciple, Vote> votes = new EnumMap<>(LeadershipPrinciple.class);
        targets.forEach(lp -> votes.put(lp, v));
        return votes;
    }

    private static Map<LeadershipPrinciple, List<String>> sameEvidence(List<LeadershipPrinciple> targets, List<String> quotes) {
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        targets.forEach(lp -> evidence.put(lp, quotes));
        return evidence;
    }

    private QuestionTraits traitsOf(Question question, List<LeadershipPrinciple> targets) {
        String key = targets + "\u0000" + question.text();
        return traits.get(key, k -> QuestionTraits.of(question.text(), targets));
    }

    /** A recruiter question without principles is judged overall only; others infer them from the question's words. */
    private List<LeadershipPrinciple> targets(Question question) {
        if (question.lps().isEmpty() && question.category() == dev.loopcoach.core.bank.Category.RECRUITER_SCREEN) {
            return List.of();
        }
        return question.lps().isEmpty() ? analyzer.inferTargets(question.text()) : question.lps();
    }

    private static AnswerSummary summary(AnswerAnalysis a) {
        return new AnswerSummary(a.star().has(StarPart.SITUATION), a.star().has(StarPart.TASK),
                a.star().has(StarPart.ACTION), a.star().has(StarPart.RESULT), a.impact().quantified(),
                a.ownership().ownership().label(), a.words(), a.lps().shown());
    }
}
