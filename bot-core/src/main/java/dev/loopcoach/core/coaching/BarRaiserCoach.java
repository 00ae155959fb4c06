package dev.loopcoach.core.coaching;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.AnswerAnalyzer;
import dev.loopcoach.core.analysis.LpTagger;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.bank.Question;
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
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The coach a Bar Raiser would be: analyses the answer, votes on each targeted principle with quotes as
 * evidence, picks up to three follow-ups (gaps first, then the question's own, then LP deep dives), writes two or
 * three rewrite tips and a STAR skeleton, and renders it all as chat-sized blocks. Deterministic, offline and
 * thread-safe; all work is linear in the answer length.
 */
public final class BarRaiserCoach implements AnswerCoach {
    private final AnswerAnalyzer analyzer;
    private final Map<LeadershipPrinciple, List<String>> deepDives;
    private final FollowUpPlanner planner;
    private final VerdictJudge judge = new VerdictJudge();
    private final com.github.benmanes.caffeine.cache.Cache<String, QuestionTraits> traits =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_048).build();

    /**
     * @param guides the LP guides (deep dives per principle); null to use only the built-in deep dives
     */
    public BarRaiserCoach(AnswerAnalyzer analyzer, PrincipleGuides guides, FollowUpPlanner planner) {
        this.analyzer = analyzer;
        this.planner = planner;
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

    public AnswerAnalyzer analyzer() {
        return analyzer;
    }

    public LpTagger tagger() {
        return analyzer.tagger();
    }

    @Override
    public Coaching coach(Question question, String answer, Collection<String> alreadyAsked) {
        if (CaseRubric.applies(question)) {
            return coachCase(question, answer, alreadyAsked == null ? List.of() : alreadyAsked);
        }
        return assess(question, answer, alreadyAsked).coaching();
    }

    /** A case question (product, strategy, metrics, technical, program) is read as a walk-through, not a story. */
    private Coaching coachCase(Question question, String answer, Collection<String> alreadyAsked) {
        List<LeadershipPrinciple> targets = targets(question);
        AnswerAnalysis a = analyzer.analyze(question.text(), answer == null ? "" : answer, targets);
        CaseRubric.Reading r = CaseRubric.read(a, question.text());
        List<String> quotes = r.covered().values().stream().limit(3).toList();
        Map<LeadershipPrinciple, Vote> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : targets) {
            votes.put(lp, r.vote());
            evidence.put(lp, quotes);
        }
        List<FollowUp> followUps = new java.util.ArrayList<>();
        for (CaseRubric.Dimension d : r.missing()) {
            if (followUps.size() < 2 && !askedBefore(alreadyAsked, d.probe())) {
                followUps.add(new FollowUp(d.probe(), "The answer did not yet " + d.label().replaceFirst("s ", " ") + ".",
                        "case-" + d.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        for (String own : question.followUps()) {
            if (followUps.size() < FollowUpPlanner.MAX_PER_QUESTION && !askedBefore(alreadyAsked, own)) {
                followUps.add(new FollowUp(own, "A follow-up this case usually gets.", "question-follow-up"));
            }
        }
        List<String> tips = new java.util.ArrayList<>(r.missing().stream().limit(3).map(CaseRubric.Dimension::tip).toList());
        if (tips.isEmpty()) {
            tips.add("Close with a one-line recommendation and the first step you would take on Monday.");
        }
        List<dev.loopcoach.core.reply.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new dev.loopcoach.core.reply.Block.Heading("Interviewer feedback (case question)"));
        blocks.add(new dev.loopcoach.core.reply.Block.Paragraph(r.vote().label() + ": " + r.headline()));
        blocks.add(new dev.loopcoach.core.reply.Block.Fields(List.of(
                new dev.loopcoach.core.reply.Block.Field("Overall", r.vote().label()),
                new dev.loopcoach.core.reply.Block.Field("Covered", r.covered().size() + " of " + CaseRubric.Dimension.values().length),
                new dev.loopcoach.core.reply.Block.Field("Length", a.words() + " words, about " + a.length().spokenTime() + " spoken"))));
        List<String> heard = new java.util.ArrayList<>();
        r.covered().forEach((d, q) -> heard.add(CaseRubric.lowerFirst(d.label()).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + d.label().substring(1) + ": \u201c" + q + "\u201d"));
        if (!heard.isEmpty()) {
            blocks.add(new dev.loopcoach.core.reply.Block.Bullets("What the interviewer heard", heard));
        }
        if (!r.missing().isEmpty()) {
            blocks.add(new dev.loopcoach.core.reply.Block.Bullets("Not yet in the answer",
                    r.missing().stream().map(CaseRubric.Dimension::label).toList()));
        }
        blocks.add(new dev.loopcoach.core.reply.Block.Bullets("Tips", tips));
        return new Coaching(summary(a), votes, evidence, r.vote(), followUps, tips, blocks);
    }

    /** Like {@link #coach} but also returns the analysis and verdict behind the coaching. */
    public Assessment assess(Question question, String answer, Collection<String> alreadyAsked) {
        List<LeadershipPrinciple> targets = targets(question);
        AnswerAnalysis a = analyzer.analyze(question.text(), answer == null ? "" : answer, targets);
        QuestionTraits traits = traitsOf(question, targets);
        Verdict verdict = judge.judge(a, targets, traits);
        List<FollowUp> followUps = planner.plan(new ProbeContext(question, targets, a, traits, deepDives),
                alreadyAsked == null ? List.of() : alreadyAsked, FollowUpPlanner.MAX_PER_QUESTION);
        List<String> tips = RewriteTips.of(a, targets, traits);
        List<StarSkeleton.Line> skeleton = StarSkeleton.of(a);
        Map<LeadershipPrinciple, Vote> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LpVote v : verdict.votes()) {
            votes.put(v.lp(), v.vote());
            evidence.put(v.lp(), v.evidence());
        }
        Coaching coaching = new Coaching(summary(a), votes, evidence, verdict.overall(), followUps, tips,
                FeedbackView.answer(a, verdict, tips, skeleton));
        return new Assessment(a, targets, verdict, skeleton, coaching);
    }

    /**
     * Judges the answer to a follow-up on what the probe asked for. Returns a new follow-up only when the probe
     * is still unanswered (a sharper re-ask, never a repeat); otherwise none, so the interview moves on to the
     * follow-ups planned after the main answer.
     */
    @Override
    public Coaching coachFollowUp(Question question, String probe, String answer, Collection<String> alreadyAsked) {
        List<LeadershipPrinciple> targets = targets(question);
        ProbeIntent intent = ProbeIntent.of(probe);
        AnswerAnalysis a = analyzer.analyzeFollowUp(probe, answer == null ? "" : answer, targets);
        ProbeJudge.Judgement j = ProbeJudge.judge(intent, a);
        Map<LeadershipPrinciple, Vote> votes = new EnumMap<>(LeadershipPrinciple.class);
        Map<LeadershipPrinciple, List<String>> evidence = new EnumMap<>(LeadershipPrinciple.class);
        for (LeadershipPrinciple lp : targets) {
            votes.put(lp, j.vote());
            evidence.put(lp, j.evidence());
        }
        List<FollowUp> next = List.of();
        Collection<String> asked = alreadyAsked == null ? List.of() : alreadyAsked;
        if (!j.met() && j.press() != null && !askedBefore(asked, j.press()) && !askedBefore(List.of(probe == null ? "" : probe), j.press())) {
            next = List.of(new FollowUp(j.press(), "The last answer did not give " + intent.asksFor() + ".",
                    "press-" + intent.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        }
        return new Coaching(summary(a), votes, evidence, j.vote(), next, List.of(j.tip()),
                FeedbackView.followUp(intent, j.vote(), j.verdict(), j.evidence(), j.tip()));
    }

    private QuestionTraits traitsOf(Question question, List<LeadershipPrinciple> targets) {
        String key = targets + "\u0000" + question.text();
        return traits.get(key, k -> QuestionTraits.of(question.text(), targets));
    }

    private List<LeadershipPrinciple> targets(Question question) {
        return question.lps().isEmpty() ? analyzer.inferTargets(question.text()) : question.lps();
    }

    private static boolean askedBefore(Collection<String> asked, String text) {
        String k = key(text);
        for (String a : asked) {
            if (key(a).equals(k)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static AnswerSummary summary(AnswerAnalysis a) {
        return new AnswerSummary(a.star().has(StarPart.SITUATION), a.star().has(StarPart.TASK),
                a.star().has(StarPart.ACTION), a.star().has(StarPart.RESULT), a.impact().quantified(),
                a.ownership().ownership().label(), a.words(), a.lps().shown());
    }
}
