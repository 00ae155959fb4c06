package dev.loopcoach.core.together;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.ProbeWording;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuide;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.PracticeEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An interviewer's kit for one peer round: a behavioral question on the candidate's weakest principles (lowest average
 * vote in their history; a principle never practised counts as between Inclined and Not Inclined), what interviewers
 * listen for and the red flags of each principle, and the bank's probes with the intent each one serves. The kit names
 * the principles, never the history they came from.
 */
public record PeerKit(Question question, List<LeadershipPrinciple> principles, List<Principle> guides, List<Probe> probes) {
    /** How many principles one round votes on (the vote form has room for a vote and a line of evidence each). */
    public static final int PRINCIPLES = 2;
    private static final double NEVER_PRACTISED = 2.5;

    public PeerKit {
        principles = List.copyOf(principles);
        guides = List.copyOf(guides);
        probes = List.copyOf(probes);
    }

    public record Principle(LeadershipPrinciple lp, List<String> listenFor, List<String> redFlags) {
        public Principle {
            listenFor = List.copyOf(listenFor);
            redFlags = List.copyOf(redFlags);
        }
    }

    public record Probe(String text, ProbeIntent intent) {
    }

    /** Picks the question for a candidate; {@code turn} varies the pick between pairs. Empty only for an empty bank. */
    static Optional<Question> pick(QuestionBank bank, Level level, List<PracticeEntry> history, long turn) {
        List<LeadershipPrinciple> weakest = weakest(history);
        Set<String> practised = new HashSet<>();
        history.forEach(e -> practised.add(e.questionId().value()));
        for (LeadershipPrinciple lp : weakest) {
            List<Question> fits = bank.matching(q -> q.category() == Category.BEHAVIORAL && q.primaryLp().filter(lp::equals)
                    .isPresent() && q.fits(level));
            List<Question> fresh = fits.stream().filter(q -> !practised.contains(q.id().value())).toList();
            List<Question> from = fresh.isEmpty() ? fits : fresh;
            if (!from.isEmpty()) {
                // prefer questions that also touch the second-weakest principle
                LeadershipPrinciple next = weakest.get(1);
                List<Question> both = from.stream().filter(q -> q.targets(next)).toList();
                List<Question> pool = both.isEmpty() ? from : both;
                return Optional.of(pool.get((int) Math.floorMod(turn, pool.size())));
            }
        }
        return Optional.empty();
    }

    /** The principles ordered weakest first. */
    static List<LeadershipPrinciple> weakest(List<PracticeEntry> history) {
        Map<LeadershipPrinciple, double[]> sums = new EnumMap<>(LeadershipPrinciple.class);
        for (PracticeEntry e : history) {
            e.votes().forEach((lp, v) -> {
                double[] s = sums.computeIfAbsent(lp, k -> new double[2]);
                s[0] += v.score();
                s[1]++;
            });
        }
        List<LeadershipPrinciple> all = new ArrayList<>(LeadershipPrinciple.all());
        all.sort(Comparator.comparingDouble((LeadershipPrinciple lp) -> {
            double[] s = sums.get(lp);
            return s == null ? NEVER_PRACTISED : s[0] / s[1];
        }));
        return all;
    }

    /** The kit for a question: its first principles, their guides, and its probes read for intent. */
    static PeerKit of(Question question, PrincipleGuides guides) {
        List<LeadershipPrinciple> lps = question.lps().stream().limit(PRINCIPLES).toList();
        List<Principle> principles = lps.stream().map(lp -> {
            PrincipleGuide g = guides.of(lp);
            return new Principle(lp, g.listenFor().stream().limit(3).toList(), g.redFlags().stream().limit(3).toList());
        }).toList();
        List<Probe> probes = question.followUps().stream().limit(4).map(p -> new Probe(p, ProbeWording.guess(p))).toList();
        return new PeerKit(question, lps, principles, probes);
    }
}
