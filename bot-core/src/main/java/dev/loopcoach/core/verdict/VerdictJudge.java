package dev.loopcoach.core.verdict;

import dev.loopcoach.core.analysis.AnswerAnalysis;
import dev.loopcoach.core.analysis.LengthFinding;
import dev.loopcoach.core.analysis.LanguageIssue;
import dev.loopcoach.core.analysis.LpScore;
import dev.loopcoach.core.analysis.Ownership;
import dev.loopcoach.core.analysis.StarPart;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.followup.QuestionTraits;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.ArrayList;
import java.util.List;

/**
 * Votes like a Bar Raiser on each targeted principle. Points add up from what the answer shows (STAR parts,
 * a quantified result, the principle itself, "I" ownership) and drop for what hurts it (too short, "we" only,
 * hypotheticals, heavy hedging). Thresholds: {@value #STRONG} Strongly Inclined, {@value #INCLINED} Inclined,
 * {@value #NOT_INCLINED} Not Inclined, below that Strongly Not Inclined. Strongly Inclined needs a quantified result
 * and not a "we"-only story; any positive vote needs both steps and an outcome. An answer that is not judgeable
 * (empty, one line, off-topic, no story) gets Strongly Not Inclined on every principle.
 */
public final class VerdictJudge {
    static final double STRONG = 6.0;
    static final double INCLINED = 4.5;
    static final double NOT_INCLINED = 2.5;
    private static final int MAX_EVIDENCE = 2;

    public Verdict judge(AnswerAnalysis a, List<LeadershipPrinciple> targets, QuestionTraits traits) {
        if (!a.relevance().judgeable()) {
            List<LpVote> votes = new ArrayList<>();
            for (LeadershipPrinciple lp : targets) {
                votes.add(new LpVote(lp, Vote.STRONGLY_NOT_INCLINED, 0, List.of(), List.of(a.relevance().reason()), List.of()));
            }
            return new Verdict(votes, Vote.STRONGLY_NOT_INCLINED, false, a.relevance().reason());
        }
        List<LpVote> votes = new ArrayList<>();
        for (LeadershipPrinciple lp : targets) {
            votes.add(vote(a, lp, traits));
        }
        Vote overall;
        if (votes.isEmpty()) {
            overall = vote(a, null, traits).vote();
        } else {
            double sum = 0;
            for (LpVote v : votes) {
                sum += v.vote().score();
            }
            overall = Vote.fromAverage(sum / votes.size());
            if (overall.positive() && !votes.get(0).vote().positive()) {
                overall = Vote.NOT_INCLINED; // the question's primary principle decides: a miss there is not offset elsewhere
            }
        }
        return new Verdict(votes, overall, true, headline(a, votes, overall));
    }

    LpVote vote(AnswerAnalysis a, LeadershipPrinciple lp, QuestionTraits traits) {
        List<String> strengths = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        double points = 0;
        points += part(a, StarPart.SITUATION, 0.5, strengths, gaps);
        points += part(a, StarPart.TASK, 0.5, strengths, gaps);
        points += part(a, StarPart.ACTION, 1.5, strengths, gaps);
        points += part(a, StarPart.RESULT, 1.5, strengths, gaps);
        if (a.impact().quantified()) {
            points += 1;
            strengths.add("The result is measured (" + String.join(", ", a.impact().cited(2)) + ").");
        } else if (a.star().has(StarPart.RESULT)) {
            gaps.add("The result has no number.");
        }
        if (!a.impact().forecasts().isEmpty() && !a.impact().quantified()) {
            gaps.add("A forecast or goal stands in for the result.");
        }
        if (lp != null) {
            LpScore s = a.lps().signals().of(lp);
            if (s.score() >= 0.75) {
                points += 1.5;
                strengths.add("The story clearly shows " + lp.displayName() + ".");
            } else if (s.score() >= 0.45) {
                points += 1;
                strengths.add("The story shows some " + lp.displayName() + ".");
            } else if (s.score() >= 0.25) {
                points += 0.5;
                gaps.add(lp.displayName() + " is only hinted at.");
            } else {
                points -= 0.5;
                gaps.add("Little in the story speaks to " + lp.displayName() + ".");
            }
            if (lp == LeadershipPrinciple.BACKBONE) {
                if (a.disagreement().isEmpty()) {
                    points -= 1;
                    gaps.add("No moment where you disagreed or pushed back.");
                } else {
                    points += 0.5;
                }
            }
        } else {
            points += 0.5;
        }
        if (traits.asksForMistake()) {
            if (a.lessons().isEmpty()) {
                points -= 0.5;
                gaps.add("No lesson or change afterwards.");
            } else {
                points += 0.5;
                strengths.add("It says what you changed afterwards.");
            }
        }
        Ownership own = a.ownership().ownership();
        if (own == Ownership.I || mostlyOwnSteps(a)) {
            points += 0.5;
        } else if (own == Ownership.WE) {
            points -= 1;
            gaps.add("Told mostly as \"we\": your own part is unclear.");
        }
        if (!a.ownership().hypothetical().isEmpty()) {
            points -= 0.5;
            gaps.add("Parts say what you would do rather than what you did.");
        }
        LengthFinding len = a.length();
        if (len.words() < 80) {
            points -= 1.5;
            gaps.add("Too short to show much (" + len.words() + " words).");
        } else if (len.band() == LengthFinding.Band.TOO_SHORT) {
            points -= 0.0;
            gaps.add("On the short side (" + len.words() + " words, about " + len.spokenTime() + ").");
        } else if (len.band() == LengthFinding.Band.TOO_LONG) {
            points -= 0.5;
            gaps.add("Too long to hold attention (about " + len.spokenTime() + " spoken).");
        }
        long hedges = a.language().count(LanguageIssue.Kind.HEDGE) + a.language().count(LanguageIssue.Kind.FILLER);
        if (hedges >= 5) {
            points -= 0.5;
            gaps.add("Hedges and filler weaken it.");
        }
        Vote v = points >= STRONG ? Vote.STRONGLY_INCLINED
                : points >= INCLINED ? Vote.INCLINED
                : points >= NOT_INCLINED ? Vote.NOT_INCLINED
                : Vote.STRONGLY_NOT_INCLINED;
        // A strong vote needs depth as well as shape: a story under about a minute cannot carry it.
        if (v == Vote.STRONGLY_INCLINED && (own == Ownership.WE || !a.impact().quantified()
                || len.band() == LengthFinding.Band.TOO_SHORT)) {
            v = Vote.INCLINED;
        }
        if (v.positive() && (!a.star().has(StarPart.ACTION) || !a.star().has(StarPart.RESULT))) {
            v = Vote.NOT_INCLINED; // without your steps and an outcome there is nothing to be inclined about
        }
        if (v.positive() && a.ownership().iSteps() + a.ownership().weSteps() == 0) {
            // steps only by others, or by nobody named: nothing shows what this candidate did (rubric section 4)
            v = Vote.NOT_INCLINED;
        }
        if (own == Ownership.WE && a.star().has(StarPart.ACTION)) {
            // every step is the team's: a real story, but nothing shows what this candidate did (rubric section 4)
            v = Vote.NOT_INCLINED;
        }
        if (v == Vote.STRONGLY_NOT_INCLINED && a.ownership().iSteps() + a.ownership().weSteps() > 0 && len.words() >= 80) {
            // real steps without an outcome (a lesson, a forecast, a status, a guess) fall short; they are not empty
            v = Vote.NOT_INCLINED;
        }
        if (v.positive() && len.words() < 60) {
            v = Vote.NOT_INCLINED; // a few lines (under half a minute) cannot show the principle yet, measured or not
        }
        if (v.positive() && lp != null) {
            // a vote of Inclined or better quotes these sentences as evidence: they are not "only hinted at"
            gaps.remove(lp.displayName() + " is only hinted at.");
        }
        return new LpVote(lp, v, points, strengths, gaps, lp == null ? List.of() : evidence(a, lp));
    }

    /**
     * The speaker's own steps outnumber the team's three to one: a "mixed" story by the rubric's strict reading (one
     * "we launched" among five steps of one's own), yet one that shows the candidate's part clearly.
     */
    private static boolean mostlyOwnSteps(AnswerAnalysis a) {
        int mine = a.ownership().iSteps();
        return mine > 0 && mine >= 3 * a.ownership().weSteps();
    }

    private static double part(AnswerAnalysis a, StarPart p, double weight, List<String> strengths, List<String> gaps) {
        if (a.star().has(p)) {
            return weight;
        }
        gaps.add("No clear " + p.label().toLowerCase(java.util.Locale.ROOT) + ".");
        return 0;
    }

    private static List<String> evidence(AnswerAnalysis a, LeadershipPrinciple lp) {
        List<String> out = new ArrayList<>();
        for (String q : a.lps().evidence().getOrDefault(lp, List.of())) {
            if (out.size() < MAX_EVIDENCE) {
                out.add(q);
            }
        }
        if (out.isEmpty()) {
            for (String q : a.star().evidenceFor(StarPart.ACTION)) {
                if (out.size() < 1) {
                    out.add(q);
                }
            }
        }
        for (String q : a.impact().evidence()) {
            if (out.size() < MAX_EVIDENCE + 1 && !out.contains(q)) {
                out.add(q);
                break;
            }
        }
        return out;
    }

    private static String headline(AnswerAnalysis a, List<LpVote> votes, Vote overall) {
        String what;
        boolean result = a.star().has(StarPart.RESULT);
        if (a.impact().quantified() && a.star().count() == 4) {
            what = "a complete story with a measured result";
        } else if (a.impact().quantified()) {
            what = "a measured result, but parts of the story are thin";
        } else if (result) {
            what = "a real story, but the result has no number";
        } else if (!a.impact().forecasts().isEmpty()) {
            what = "a real story that ends in a forecast instead of a result";
        } else {
            what = "a real story that stops before the outcome";
        }
        if (a.ownership().ownership() == Ownership.WE) {
            what += ", told mostly as \"we\"";
        }
        StringBuilder b = new StringBuilder(overall.label()).append(": ").append(what).append('.');
        List<String> missed = new ArrayList<>();
        for (LpVote v : votes) {
            if (a.lps().missed().contains(v.lp()) && !v.vote().positive()) {
                missed.add(v.lp().displayName()); // a positive vote quotes it as shown: never say it is missing
            }
        }
        if (!missed.isEmpty()) {
            b.append(" It does not yet show ").append(String.join(" or ", missed)).append(" clearly.");
        }
        return b.toString();
    }
}
