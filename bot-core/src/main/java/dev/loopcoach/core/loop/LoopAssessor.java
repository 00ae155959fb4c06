package dev.loopcoach.core.loop;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerSummary;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuide;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.reply.BlockBudget;
import dev.loopcoach.core.session.InterviewSession;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionState;
import dev.loopcoach.core.session.Turn;
import dev.loopcoach.core.writing.Words;
import dev.loopcoach.core.writing.WritingAnalyzer;
import dev.loopcoach.core.writing.WritingReport;
import dev.loopcoach.core.writing.WritingTarget;
import dev.loopcoach.core.writing.WritingVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a loop's transcript into the debrief, using only what the interview engine records on each {@link Turn}
 * (the votes per principle, the overall vote, quotes and the answer summary), so it works with any answer coach.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>An answer shorter than {@value #MIN_MAIN_WORDS} words ({@value #MIN_FOLLOW_UP_WORDS} for a follow-up)
 *       is not evidence of anything: it scores Strongly Not Inclined whatever vote it got. A skipped or unreached
 *       question is no evidence ({@value #NO_EVIDENCE_SCORE}). So a loop of empty or skipped answers can never pass.</li>
 *   <li>Each principle an interviewer owns scores the weighted average of the votes on answers that target it (a
 *       main answer counts double a follow-up); the case part of an interview (product, technical) scores its
 *       overall votes.</li>
 *   <li>An interviewer votes Strong Hire from the level's strong average with everything Inclined or better, Hire
 *       from the level's hire average with nothing unassessed or Strongly Not Inclined, No Hire down to 1.75,
 *       else Strong No Hire; with nothing answered, No Hire.</li>
 *   <li>The loop hires when enough on-site interviewers vote Hire for the level, none votes Strong No Hire, the
 *       written exercise was handed in (and, at Senior and Principal, does not need another draft) and the Bar
 *       Raiser votes Hire; a Bar Raiser who does not vote Hire vetoes an otherwise positive debrief.</li>
 * </ol>
 */
public final class LoopAssessor {
    public static final int MIN_MAIN_WORDS = 30;
    public static final int MIN_FOLLOW_UP_WORDS = 8;
    public static final double NO_EVIDENCE_SCORE = 1.5;
    static final int QUOTE_MAX = 220;
    private static final double INCLINED = 3.0;
    private static final String NOT_ANSWERED = "no answer: skipped or not reached";
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|my|me|i'm|i've|i'd)\\b");
    private static final Pattern TEAM = Pattern.compile("(?i)\\b(we|our|us|we've|we'd|we're)\\b");

    private final QuestionBank bank;
    private final PrincipleGuides guides;
    private final WritingAnalyzer writingAnalyzer = new WritingAnalyzer();

    public LoopAssessor(QuestionBank bank, PrincipleGuides guides) {
        this.bank = bank;
        this.guides = guides;
    }

    public LoopAssessment assess(InterviewSession s) {
        LoopBar bar = LoopBar.of(s.plan().level());
        List<LoopStage> stages = LoopStage.of(s.plan(), bank);
        List<RoundAssessment> rounds = new ArrayList<>();
        Optional<WritingResult> writing = Optional.empty();
        for (int i = 0; i < s.plan().rounds().size(); i++) {
            List<Turn> turns = turnsOf(s, i);
            Optional<WritingResult> here = Optional.empty();
            if (stages.get(i) == LoopStage.WRITING) {
                here = Optional.of(writingResult(s.plan().rounds().get(i), turns));
                writing = here;
            }
            rounds.add(assessRound(i, s.plan().rounds().get(i), stages.get(i), turns, bar, here));
        }
        Decision decision = decide(rounds, writing, bar);
        List<String> improvements = improvements(s, rounds, writing, bar, decision);
        int asked = s.plan().totalQuestions();
        int answered = (int) s.transcript().stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered()).count();
        boolean completed = s.state() instanceof SessionState.Finished f && f.completed();
        LoopAssessment draft = new LoopAssessment(bar, rounds, writing, decision, "", improvements, completed, asked, answered);
        return new LoopAssessment(bar, rounds, writing, decision, barRaiserSummary(draft), improvements, completed, asked, answered);
    }

    private static List<Turn> turnsOf(InterviewSession s, int round) {
        return s.transcript().stream().filter(t -> t.round() == round).toList();
    }

    // ---- one round ----------------------------------------------------------------------------------------

    private RoundAssessment assessRound(int index, Round round, LoopStage stage, List<Turn> turns, LoopBar bar,
                                        Optional<WritingResult> writing) {
        List<Signal> signals = new ArrayList<>();
        List<LeadershipPrinciple> owned = round.interviewer().lps();
        if (owned.isEmpty() && stage == LoopStage.ONSITE) {
            owned = round.questions().stream().map(bank::find).flatMap(Optional::stream)
                    .filter(q -> q.category() == Category.BEHAVIORAL).map(Question::primaryLp).flatMap(Optional::stream)
                    .distinct().toList();
        }
        for (LeadershipPrinciple lp : owned) {
            signals.add(principleSignal(lp, turns));
        }
        Set<Category> cases = new LinkedHashSet<>();
        for (var id : round.questions()) {
            bank.find(id).filter(q -> q.category() != Category.BEHAVIORAL).ifPresent(q -> cases.add(q.category()));
        }
        for (Category c : cases) {
            signals.add(c == Category.WRITING && writing.isPresent() ? writingSignal(writing.get(), turns) : caseSignal(c, turns));
        }
        HiringVote vote = voteFor(signals, bar);
        Quotes quotes = quotes(signals, turns);
        int answered = (int) turns.stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered()).count();
        return new RoundAssessment(index, round, stage, signals, vote, quotes.texts, quotes.labels, round.questions().size(), answered);
    }

    private Signal principleSignal(LeadershipPrinciple lp, List<Turn> turns) {
        Score score = new Score();
        Turn main = null;
        for (Turn t : turns) {
            if (!t.answered()) {
                continue;
            }
            boolean relevant = t.votes().containsKey(lp) || bank.find(t.questionId()).map(q -> q.targets(lp)).orElse(false);
            if (!relevant) {
                continue;
            }
            if (main == null && t.kind() == Turn.Kind.QUESTION) {
                main = t;
            }
            Vote v = t.votes().getOrDefault(lp, t.overall());
            score.add(t, v);
        }
        return score.signal(lp.displayName(), Optional.of(lp), Optional.empty(), main, gaps(main, Optional.of(lp)));
    }

    private Signal caseSignal(Category category, List<Turn> turns) {
        Score score = new Score();
        Turn main = null;
        for (Turn t : turns) {
            if (!t.answered() || bank.find(t.questionId()).map(q -> q.category() != category).orElse(true)) {
                continue;
            }
            if (main == null && t.kind() == Turn.Kind.QUESTION) {
                main = t;
            }
            score.add(t, t.overall());
        }
        return score.signal(Signal.caseName(category), Optional.empty(), Optional.of(category), main, gaps(main, Optional.empty()));
    }

    /** The memo: the reader's verdict on the writing, with the interviewer's overall vote on its content when there is one. */
    private static Signal writingSignal(WritingResult w, List<Turn> turns) {
        if (!w.submitted() || w.report().isEmpty()) {
            return new Signal(Signal.caseName(Category.WRITING), Optional.empty(), Optional.of(Category.WRITING), NO_EVIDENCE_SCORE,
                    false, false, List.of("not handed in"));
        }
        WritingReport r = w.report().get();
        double verdictScore = r.verdict() == WritingVerdict.READY ? 3.5 : r.verdict() == WritingVerdict.CLOSE ? 2.75 : 1.75;
        Optional<Vote> content = turns.stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered() && t.overall() != null)
                .map(Turn::overall).findFirst();
        double score = content.map(v -> (verdictScore + v.score()) / 2).orElse(verdictScore);
        List<String> gaps = score >= INCLINED ? List.of() : r.reasons().stream().limit(2).map(x -> lowerFirst(stripStop(x))).toList();
        return new Signal(Signal.caseName(Category.WRITING), Optional.empty(), Optional.of(Category.WRITING), score, true,
                r.words() >= MIN_MAIN_WORDS, gaps);
    }

    /** Collects weighted scores; answers too thin to judge score 1 whatever vote they got. */
    private static final class Score {
        double sum;
        double weight;
        boolean assessed;
        boolean evidence;
        boolean thin;

        void add(Turn t, Vote v) {
            double w = t.kind() == Turn.Kind.QUESTION ? 1 : 0.5;
            assessed = true;
            if (!substantive(t)) {
                thin = true;
                sum += w;
                weight += w;
                return;
            }
            if (v == null) {
                return;
            }
            evidence = true;
            sum += w * v.score();
            weight += w;
        }

        Signal signal(String name, Optional<LeadershipPrinciple> lp, Optional<Category> category, Turn main, List<String> substanceGaps) {
            if (weight == 0) {
                return new Signal(name, lp, category, NO_EVIDENCE_SCORE, assessed, false, List.of(NOT_ANSWERED));
            }
            double avg = sum / weight;
            List<String> gaps = avg >= INCLINED ? List.of() : !evidence ? List.of("answer too thin to judge ("
                    + (main == null ? "a few words" : Words.count(main.answer()) + " words") + ")") : substanceGaps;
            return new Signal(name, lp, category, avg, assessed, evidence, gaps);
        }
    }

    static boolean substantive(Turn t) {
        int min = t.kind() == Turn.Kind.FOLLOW_UP ? MIN_FOLLOW_UP_WORDS : MIN_MAIN_WORDS;
        return t.answered() && Words.count(t.answer()) >= min;
    }

    /** What held an answer back, each in a few words, from its summary when the coach gave one, else from the text. */
    /** The findings the candidate was shown that name something missing: the debrief repeats them, never contradicts. */
    private static final Set<String> GAP_CODES = Set.of("gap", "needs-story", "hypothetical", "case-missing", "case-content-free",
            "case-named-only", "recruiter-missing", "length-note", "writing-reason");

    private List<String> gaps(Turn main, Optional<LeadershipPrinciple> lp) {
        if (main == null) {
            return List.of(NOT_ANSWERED);
        }
        if (!main.findings().isEmpty()) {
            List<String> shown = main.findings().stream().filter(f -> GAP_CODES.contains(f.code()))
                    .map(f -> lowerFirst(stripStop(f.text()))).distinct().limit(3).toList();
            if (!shown.isEmpty()) {
                return shown;
            }
        }
        Category category = bank.find(main.questionId()).map(Question::category).orElse(Category.BEHAVIORAL);
        if (category != Category.BEHAVIORAL) {
            // turns stored before findings were kept: only a story is judged by its STAR parts
            return List.of(lp.isPresent() ? "the answer did not show it clearly" : "the reasoning was not convincing yet");
        }
        AnswerSummary a = main.summary();
        int words = Words.count(main.answer());
        List<String> out = new ArrayList<>();
        if (a != null && !a.result()) {
            out.add("no clear result at the end of the story");
        }
        if (!quantified(main)) {
            out.add("the result has no number");
        }
        if (mostlyWe(main.answer())) {
            out.add("mostly \"we\": your own part is hard to see");
        }
        if (a != null && !a.action()) {
            out.add("little about what you did yourself");
        }
        if (words > 450) {
            out.add("over 3 minutes long (" + words + " words)");
        }
        if (out.isEmpty()) {
            out.add(lp.map(p -> {
                PrincipleGuide g = guides.of(p);
                return g == null || g.listenFor().isEmpty() ? "the story did not show it clearly"
                        : "not yet shown: " + lowerFirst(g.listenFor().get(0));
            }).orElse("the reasoning was not convincing yet"));
        }
        return out;
    }

    static boolean quantified(Turn t) {
        if (t.summary() != null) {
            return t.summary().quantified();
        }
        return Words.of(t.answer()).stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit));
    }

    static boolean mostlyWe(String answer) {
        long me = FIRST_PERSON.matcher(answer).results().count();
        long team = TEAM.matcher(answer).results().count();
        return team >= 3 && team > 2 * me;
    }

    static HiringVote voteFor(List<Signal> signals, LoopBar bar) {
        if (signals.isEmpty() || signals.stream().noneMatch(Signal::assessed)) {
            return HiringVote.NO_HIRE;
        }
        double avg = signals.stream().mapToDouble(Signal::score).average().orElse(NO_EVIDENCE_SCORE);
        boolean redFlag = signals.stream().anyMatch(x -> !x.evidence() || x.score() < 1.75);
        if (avg >= bar.strongHireAverage() && signals.stream().allMatch(x -> x.evidence() && x.score() >= INCLINED)) {
            return HiringVote.STRONG_HIRE;
        }
        if (avg >= bar.hireAverage() && !redFlag) {
            return HiringVote.HIRE;
        }
        return avg >= 1.75 ? HiringVote.NO_HIRE : HiringVote.STRONG_NO_HIRE;
    }

    // ---- the written exercise -------------------------------------------------------------------------------

    private WritingResult writingResult(Round round, List<Turn> turns) {
        String promptId = round.questions().get(0).value();
        Optional<Turn> handedIn = turns.stream().filter(t -> t.kind() == Turn.Kind.QUESTION && t.answered()).findFirst();
        if (handedIn.isPresent()) {
            Optional<WritingTarget> target = bank.find(round.questions().get(0)).map(WritingTarget::forPrompt);
            WritingReport report = writingAnalyzer.analyze(handedIn.get().answer(), target);
            return new WritingResult(promptId, true, report.words(), Optional.of(report));
        }
        int kept = turns.stream().filter(t -> t.kind() == Turn.Kind.SKIPPED).mapToInt(t -> Words.count(t.answer())).max().orElse(0);
        return new WritingResult(promptId, false, kept, Optional.empty());
    }

    // ---- the decision -------------------------------------------------------------------------------------

    static Decision decide(List<RoundAssessment> rounds, Optional<WritingResult> writing, LoopBar bar) {
        List<RoundAssessment> onsite = rounds.stream().filter(r -> r.stage() == LoopStage.ONSITE).toList();
        int hires = (int) onsite.stream().filter(r -> r.vote().hire()).count();
        int needed = Math.min(bar.hireVotesNeeded(), onsite.size());
        Optional<RoundAssessment> barRaiser = onsite.stream().filter(RoundAssessment::barRaiser).findFirst();
        if (onsite.isEmpty() || onsite.stream().allMatch(RoundAssessment::noEvidence)) {
            return new Decision(false, hires, onsite.size(), needed, false,
                    "No on-site interview was answered, so there is no evidence to hire on.");
        }
        boolean strongNo = onsite.stream().anyMatch(r -> r.vote() == HiringVote.STRONG_NO_HIRE);
        boolean tally = hires >= needed && !strongNo;
        boolean writingOk = writing.map(w -> w.submitted() && (!bar.writingMustBeReady() || w.atBar())).orElse(true);
        boolean barRaiserYes = barRaiser.map(r -> r.vote().hire()).orElse(true);
        if (tally && writingOk && !barRaiserYes) {
            RoundAssessment br = barRaiser.get();
            return new Decision(false, hires, onsite.size(), needed, true, "The Bar Raiser, " + br.round().interviewer().name()
                    + ", voted " + br.vote().label() + " and vetoed an otherwise positive loop.");
        }
        if (tally && writingOk) {
            return new Decision(true, hires, onsite.size(), needed, false, hires + " of " + onsite.size()
                    + " on-site interviewers voted to hire, including the Bar Raiser, and no one raised a strong objection.");
        }
        String reason;
        if (strongNo) {
            RoundAssessment r = onsite.stream().filter(x -> x.vote() == HiringVote.STRONG_NO_HIRE).findFirst().orElseThrow();
            reason = r.round().interviewer().name() + " voted Strong No Hire";
            reason += hires >= needed ? ", which outweighs the Hire votes." : ", and only " + hires + " of " + onsite.size()
                    + " voted to hire (" + needed + " needed).";
        } else if (hires < needed) {
            reason = "Only " + hires + " of " + onsite.size() + " on-site interviewers voted to hire; " + needed + " are needed at "
                    + bar.level().label() + ".";
        } else {
            WritingResult w = writing.orElseThrow();
            reason = w.submitted() ? "The written exercise needs another draft, and at " + bar.level().label()
                    + " the memo must be at the bar." : "The written exercise was not handed in.";
        }
        return new Decision(false, hires, onsite.size(), needed, false, reason);
    }

    // ---- the Bar Raiser -----------------------------------------------------------------------------------

    private static String barRaiserSummary(LoopAssessment a) {
        Optional<RoundAssessment> br = a.barRaiser();
        String who = br.map(r -> r.round().interviewer().name() + " (Bar Raiser)").orElse("The Bar Raiser");
        List<Signal> judged = new ArrayList<>();
        Map<Signal, RoundAssessment> owner = new IdentityHashMap<>();
        for (RoundAssessment r : a.onsite()) {
            for (Signal x : r.signals()) {
                judged.add(x);
                owner.put(x, r);
            }
        }
        StringBuilder sb = new StringBuilder(who).append(": ");
        if (judged.stream().noneMatch(Signal::evidence)) {
            sb.append("I have nothing to judge from the on-site interviews: ")
                    .append(a.onsite().stream().allMatch(RoundAssessment::noEvidence) ? "they were not answered. "
                            : "the answers were too thin to show any principle. ")
                    .append("Without evidence the answer has to be no; come back with real stories.");
            return BlockBudget.shorten(sb.toString(), BlockBudget.BLOCK_TEXT_MAX);
        }
        Signal best = judged.stream().filter(Signal::evidence).max(Comparator.comparingDouble(Signal::score)).orElseThrow();
        Signal worst = judged.stream().min(Comparator.comparingDouble(Signal::score)).orElseThrow();
        sb.append("I held this loop to the ").append(a.bar().level().label()).append(" bar: ").append(a.bar().scope()).append(". ");
        sb.append("The strongest evidence was ").append(best.name()).append(" with ").append(owner.get(best).round().interviewer().name())
                .append(String.format(Locale.ROOT, " (%.1f of 4). ", best.score()));
        if (worst.score() < INCLINED) {
            sb.append("My biggest concern is ").append(worst.name()).append(" with ").append(owner.get(worst).round().interviewer().name())
                    .append(worst.gap().isEmpty() ? ". " : ": " + worst.gap() + ". ");
        }
        a.writing().ifPresent(w -> sb.append(w.submitted() ? "The memo reads as \"" + w.report().map(r -> r.verdict().label())
                .orElse("unreviewed") + "\". " : "No memo was handed in. "));
        sb.append(a.decision().hireVotes()).append(" of ").append(a.decision().onsiteInterviews())
                .append(" on-site interviewers voted to hire. ");
        Decision d = a.decision();
        if (d.vetoed()) {
            sb.append("I am vetoing: a hire should be better than at least half of the people already doing this job, and ")
                    .append(worst.name()).append(" does not show that yet.");
        } else if (d.hire()) {
            sb.append("I vote to hire: the evidence clears the bar and I see no principle with a red flag.");
        } else {
            sb.append("I support not hiring this time. ").append(d.reason());
        }
        return BlockBudget.shorten(sb.toString(), BlockBudget.BLOCK_TEXT_MAX);
    }

    // ---- what would change the outcome --------------------------------------------------------------------

    private record Candidate(String text, double impact) {
    }

    /** One interviewer's weak signals that need the same fix, advised once. */
    private record RoundFix(RoundAssessment round, String gap, String fix, List<String> names, double impact) {
    }

    private List<String> improvements(InterviewSession s, List<RoundAssessment> rounds, Optional<WritingResult> writing,
                                      LoopBar bar, Decision decision) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, RoundFix> fixes = new LinkedHashMap<>();
        for (RoundAssessment r : rounds) {
            if (r.stage() == LoopStage.WRITING) {
                continue;
            }
            for (Signal x : r.signals()) {
                if (x.score() >= INCLINED) {
                    continue;
                }
                List<Signal> changed = r.signals().stream().map(y -> y == x ? y.withScore(Math.max(INCLINED, x.score() + 0.5)) : y).toList();
                HiringVote newVote = voteFor(changed, bar);
                List<RoundAssessment> newRounds = rounds.stream().map(y -> y == r ? withVote(y, changed, newVote) : y).toList();
                boolean flipsDecision = decide(newRounds, writing, bar).hire() != decision.hire();
                boolean flipsVote = newVote.hire() != r.vote().hire();
                double impact = (flipsDecision ? 100 : 0) + (flipsVote ? 20 : 0) + (r.barRaiser() ? 10 : 0)
                        + (r.stage() == LoopStage.ONSITE ? 5 : 0) + (INCLINED - x.score()) * 5;
                List<String> gaps = x.gaps().isEmpty() ? List.of("not yet convincing") : x.gaps();
                for (int g = 0; g < gaps.size(); g++) {
                    String gap = gaps.get(g);
                    String fix = fixFor(x, gap);
                    String key = r.index() + "|" + gap + "|" + fix;
                    RoundFix before = fixes.get(key);
                    List<String> names = new ArrayList<>(before == null ? List.of() : before.names());
                    names.add(x.name());
                    double here = impact - g * 3;
                    fixes.put(key, new RoundFix(r, gap, fix, names, before == null ? here : Math.max(here, before.impact()) + 1));
                }
            }
        }
        for (RoundFix f : fixes.values()) {
            String where = f.round().round().interviewer().name() + "'s " + f.round().round().name()
                    .replaceFirst("^On-site \\d of \\d: ", "").toLowerCase(Locale.ROOT) + " interview";
            candidates.add(new Candidate(joinNames(f.names()) + " in " + where + " (" + f.gap() + "): " + f.fix(), f.impact()));
        }
        writing.ifPresent(w -> {
            if (!w.atBar()) {
                boolean flips = !decision.hire() && decide(rounds, Optional.empty(), bar).hire();
                String text = w.submitted()
                        ? "Redraft the memo: " + w.report().map(rep -> lowerFirst(stripStop(rep.reasons().get(0)))).orElse("")
                        + ". Lead with the point, one idea per paragraph, numbers instead of adjectives."
                        : "Hand in the written exercise: in a real process there is no on-site without it. Write it in several "
                        + "messages and hand it in.";
                candidates.add(new Candidate(text, (flips ? 100 : 0) + 25));
            }
        });
        habits(s).forEach(candidates::add);
        candidates.sort(Comparator.comparingDouble(Candidate::impact).reversed());
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (out.size() < 3 && !out.contains(c.text())) {
                out.add(c.text());
            }
        }
        // Fewer than three real problems: the next steps are the good answers that were not yet outstanding.
        List<Candidate> further = new ArrayList<>();
        for (RoundAssessment r : rounds) {
            for (Signal x : r.signals()) {
                if (r.stage() == LoopStage.ONSITE && x.evidence() && x.score() >= INCLINED && x.score() < 3.75) {
                    further.add(new Candidate(x.name() + " with " + r.round().interviewer().name()
                            + String.format(Locale.ROOT, " (%.1f of 4)", x.score()) + ": from Inclined to Strongly Inclined takes "
                            + x.lp().map(lp -> lowerFirst(firstListenFor(lp))).orElse("a clearer structure and a decision backed by data")
                            + ".", -x.score()));
                }
            }
        }
        further.sort(Comparator.comparingDouble(Candidate::impact).reversed());
        for (Candidate c : further) {
            if (out.size() < 3) {
                out.add(c.text());
            }
        }
        Optional<RoundAssessment> weakest = rounds.stream().filter(r -> r.stage() == LoopStage.ONSITE && !r.round().interviewer().lps().isEmpty())
                .min(Comparator.comparingDouble(RoundAssessment::average));
        List<String> general = new ArrayList<>();
        weakest.ifPresent(r -> general.add("Prepare a second story for " + joinNames(r.round().interviewer().lps().stream()
                .map(LeadershipPrinciple::displayName).toList()) + ": interviewers often say \"give me another example\", "
                + "and one story per principle runs out fast."));
        general.add("Rehearse the follow-ups: for every story, know exactly what you did, which data you used and what you would "
                + "do differently.");
        general.add("Practise the principles you were asked least with /mockinterview, and track them with /progress.");
        for (String g : general) {
            if (out.size() < 3) {
                out.add(g);
            }
        }
        return out;
    }

    private static RoundAssessment withVote(RoundAssessment r, List<Signal> signals, HiringVote vote) {
        return new RoundAssessment(r.index(), r.round(), r.stage(), signals, vote, r.quotes(), r.quotedFor(), r.asked(), r.answered());
    }

    private String fixFor(Signal x, String gap) {
        if (!x.assessed()) {
            return "answer it: an unanswered question counts as No Hire on that principle.";
        }
        if (!x.evidence()) {
            return "tell a full story of about 2 minutes (260-320 words) with what you did and the measured result.";
        }
        if (gap.contains("number")) {
            return "end the story with the measured result (before and after, in numbers).";
        }
        if (gap.contains("\"we\"")) {
            return "say \"I\" for your decisions and actions, and name what the team did separately.";
        }
        if (gap.contains("result")) {
            return "finish with what happened and what you learned.";
        }
        if (gap.contains("minutes")) {
            return "cut the setup to two sentences and keep the story to about 2 minutes.";
        }
        return x.lp().map(lp -> "pick a story that shows " + lowerFirst(firstListenFor(lp)) + ".").orElse("structure the case: "
                + "clarify the goal, name the customer, weigh two options with data, then decide.");
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(" \u00b7 ", names);
    }

    private String firstListenFor(LeadershipPrinciple lp) {
        PrincipleGuide g = guides.of(lp);
        return g == null || g.listenFor().isEmpty() ? lp.displayName() : g.listenFor().get(0);
    }

    /** Habits across the whole loop: numbers in results, "I" over "we", story length, skipped questions. */
    private static List<Candidate> habits(InterviewSession s) {
        List<Turn> mains = s.transcript().stream().filter(t -> t.kind() == Turn.Kind.QUESTION && substantive(t)).toList();
        List<Candidate> out = new ArrayList<>();
        long skipped = s.transcript().stream().filter(t -> t.kind() == Turn.Kind.SKIPPED).count();
        if (skipped >= 2) {
            out.add(new Candidate("Answer every question: " + skipped + " were skipped, and each counts as no evidence. "
                    + "If you have no story for a principle, write one now and add it with /story add.", 60 + skipped));
        }
        if (mains.isEmpty()) {
            return out;
        }
        long unquantified = mains.stream().filter(t -> !quantified(t)).count();
        if (unquantified * 2 >= mains.size()) {
            out.add(new Candidate("Put a number in every result: " + unquantified + " of " + mains.size()
                    + " answers ended without one (revenue, time saved, customers affected, before and after).",
                    15 + 10.0 * unquantified / mains.size()));
        }
        long we = mains.stream().filter(t -> mostlyWe(t.answer())).count();
        if (we * 2 >= mains.size()) {
            out.add(new Candidate("Say \"I\": in " + we + " of " + mains.size() + " answers the team did everything, so the "
                    + "interviewers could not see your part.", 14 + 10.0 * we / mains.size()));
        }
        long longOnes = mains.stream().filter(t -> Words.count(t.answer()) > 450).count();
        if (longOnes >= 2) {
            out.add(new Candidate("Keep each story to about 2 minutes (260-320 words): " + longOnes + " answers ran past 3 minutes, "
                    + "which leaves no time for follow-ups.", 12 + longOnes));
        }
        return out;
    }

    // ---- quotes -------------------------------------------------------------------------------------------

    private record Quotes(List<String> texts, List<String> labels) {
    }

    /** The best and the weakest evidence in a round, in the candidate's own words. */
    private Quotes quotes(List<Signal> signals, List<Turn> turns) {
        List<Signal> withEvidence = signals.stream().filter(Signal::evidence)
                .sorted(Comparator.comparingDouble(Signal::score).reversed()).toList();
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Signal> chosen = new ArrayList<>();
        if (!withEvidence.isEmpty()) {
            chosen.add(withEvidence.get(0));
            Signal last = withEvidence.get(withEvidence.size() - 1);
            if (withEvidence.size() > 1 && last.score() < withEvidence.get(0).score()) {
                chosen.add(last);
            }
        }
        for (Signal x : chosen) {
            quoteFor(x, turns).filter(q -> !texts.contains(q)).ifPresent(q -> {
                texts.add(q);
                labels.add(x.name());
            });
        }
        return new Quotes(texts, labels);
    }

    private Optional<String> quoteFor(Signal x, List<Turn> turns) {
        for (Turn t : turns) {
            if (!substantive(t)) {
                continue;
            }
            boolean relevant = x.lp().map(lp -> t.votes().containsKey(lp) || bank.find(t.questionId()).map(q -> q.targets(lp)).orElse(false))
                    .orElseGet(() -> bank.find(t.questionId()).map(q -> x.category().equals(Optional.of(q.category()))).orElse(false));
            if (!relevant) {
                continue;
            }
            if (x.lp().isPresent()) {
                for (String q : t.evidence().getOrDefault(x.lp().get(), List.of())) {
                    if (!q.isBlank() && normalize(t.answer()).contains(normalize(q))) {
                        return Optional.of(BlockBudget.shorten(q, QUOTE_MAX));
                    }
                }
            }
            return Optional.of(BlockBudget.shorten(telling(t.answer()), QUOTE_MAX));
        }
        return Optional.empty();
    }

    /** The sentence an interviewer would write down: one with "I" and a number, else with "I", else the first. */
    static String telling(String answer) {
        List<String> sentences = List.of(answer.strip().split("(?<=[.!?])\\s+"));
        Optional<String> both = sentences.stream().filter(x -> FIRST_PERSON.matcher(x).find()
                && Words.of(x).stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit))).findFirst();
        Optional<String> mine = sentences.stream().filter(x -> FIRST_PERSON.matcher(x).find()).findFirst();
        return both.or(() -> mine).orElse(sentences.get(0));
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"'\u201c\u201d\u2018\u2019]", "").replaceAll("\\s+", " ").strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
