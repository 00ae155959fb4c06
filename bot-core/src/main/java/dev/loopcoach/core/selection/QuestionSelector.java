package dev.loopcoach.core.selection;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses questions for a user. Order of preference, each pick saying which rule chose it:
 * <ol>
 *   <li>a question answered badly whose review interval has passed (spaced repetition: 1, 3, 7, 14, 30 days
 *       after each weak answer in a row);</li>
 *   <li>an unseen question, preferring the weakest / least-practised principles when no focus was asked;</li>
 *   <li>only when every matching question has been seen: the one seen longest ago.</li>
 * </ol>
 * Never the same question twice in a row, and never one already in the current plan.
 */
public final class QuestionSelector {
    private static final int[] REVIEW_DAYS = {1, 3, 7, 14, 30};

    private final QuestionBank bank;

    public QuestionSelector(QuestionBank bank) {
        this.bank = bank;
    }

    public List<Pick> pick(SelectionRequest request, List<PracticeEntry> history, Instant now, RandomGenerator random) {
        List<Question> pool = pool(request);
        Map<QuestionId, List<PracticeEntry>> byQuestion = new HashMap<>();
        for (PracticeEntry e : history) {
            byQuestion.computeIfAbsent(e.questionId(), k -> new ArrayList<>()).add(e);
        }
        QuestionId lastAsked = history.isEmpty() ? null : history.get(history.size() - 1).questionId();
        LpStanding standing = new LpStanding(history);

        List<Pick> picks = new ArrayList<>();
        Set<QuestionId> taken = new HashSet<>(request.exclude());
        List<LeadershipPrinciple> coveredInPlan = new ArrayList<>();
        for (int i = 0; i < request.count(); i++) {
            Optional<Pick> next = pickOne(pool, request, byQuestion, lastAsked, taken, standing, coveredInPlan, now, random);
            if (next.isEmpty()) {
                break;
            }
            Pick p = next.get();
            picks.add(p);
            taken.add(p.question().id());
            p.question().primaryLp().ifPresent(coveredInPlan::add);
            lastAsked = p.question().id();
        }
        return picks;
    }

    /** True when the bank holds a question for the request's filters, whether or not the user has had it. */
    public boolean hasMatching(SelectionRequest request) {
        return !pool(request).isEmpty();
    }

    private List<Question> pool(SelectionRequest request) {
        List<Question> pool = bank.matching(q -> matches(q, request));
        if (pool.isEmpty()) {
            // A level with no question in this category: widen to any level rather than fail.
            pool = bank.matching(q -> matchesIgnoringLevel(q, request));
        }
        return pool;
    }

    private Optional<Pick> pickOne(List<Question> pool, SelectionRequest request, Map<QuestionId, List<PracticeEntry>> byQuestion,
                                   QuestionId lastAsked, Set<QuestionId> taken, LpStanding standing,
                                   List<LeadershipPrinciple> coveredInPlan, Instant now, RandomGenerator random) {
        List<Question> available = pool.stream()
                .filter(q -> !taken.contains(q.id()) && !q.id().equals(lastAsked))
                .toList();
        if (available.isEmpty()) {
            return Optional.empty();
        }
        // 1. Spaced repetition: weak answers come back once their interval has passed.
        Optional<Question> due = available.stream()
                .filter(q -> dueForReview(byQuestion.get(q.id()), now))
                .min(Comparator.comparing(q -> lastSeen(byQuestion.get(q.id()))));
        if (due.isPresent()) {
            List<PracticeEntry> seen = byQuestion.get(due.get().id());
            return Optional.of(new Pick(due.get(), "review: your last answer to this one was "
                    + lastVote(seen).map(Vote::label).orElse("skipped") + ", and it is due again"));
        }
        // 2. Unseen questions, weakest principles first (diversified within a plan).
        List<Question> unseen = available.stream().filter(q -> !byQuestion.containsKey(q.id())).toList();
        if (!unseen.isEmpty()) {
            if (request.lp().isPresent()) {
                Question q = unseen.get(random.nextInt(unseen.size()));
                return Optional.of(new Pick(q, "new to you, and it targets " + request.lp().get().displayName() + " as you asked"));
            }
            boolean lpBased = unseen.stream().anyMatch(q -> q.primaryLp().isPresent());
            if (lpBased) {
                double best = unseen.stream().mapToDouble(q -> lpWeakness(q, standing, coveredInPlan)).max().orElse(0);
                List<Question> weakest = unseen.stream().filter(q -> lpWeakness(q, standing, coveredInPlan) >= best - 1e-9).toList();
                Question q = weakest.get(random.nextInt(weakest.size()));
                LeadershipPrinciple lp = q.primaryLp().orElseThrow();
                String why = standing.answers(lp) == 0
                        ? "new to you, and you have not practised " + lp.displayName() + " yet"
                        : String.format(java.util.Locale.ROOT, "new to you, and %s is one of your weakest principles (average %.1f/4 over %d answers)",
                        lp.displayName(), standing.average(lp), standing.answers(lp));
                return Optional.of(new Pick(q, why));
            }
            List<Question> spread = unseen.stream()
                    .filter(q -> q.primaryLp().map(lp -> !coveredInPlan.contains(lp)).orElse(true)).toList();
            List<Question> from = spread.isEmpty() ? unseen : spread;
            Question q = from.get(random.nextInt(from.size()));
            return Optional.of(new Pick(q, "new to you" + (request.category().map(c -> " (" + c.label() + ")").orElse(""))));
        }
        // 3. Everything matching was seen: the one seen longest ago.
        Question oldest = available.stream()
                .min(Comparator.comparing(q -> lastSeen(byQuestion.get(q.id()))))
                .orElseThrow();
        return Optional.of(new Pick(oldest, "you have seen every matching question; this is the one you practised longest ago"));
    }

    private static double lpWeakness(Question q, LpStanding standing, List<LeadershipPrinciple> coveredInPlan) {
        return q.primaryLp().map(lp -> standing.weakness(lp) - (coveredInPlan.contains(lp) ? 5 : 0)).orElse(0.0);
    }

    private static boolean matches(Question q, SelectionRequest r) {
        return matchesIgnoringLevel(q, r) && q.fits(r.level());
    }

    private static boolean matchesIgnoringLevel(Question q, SelectionRequest r) {
        Category category = r.category().orElse(null);
        if (category != null && q.category() != category) {
            return false;
        }
        if (r.lp().isPresent()) {
            // With a principle focus and no category, stay with behavioral questions that have it as primary.
            if (category == null || category == Category.BEHAVIORAL) {
                return q.category() == Category.BEHAVIORAL && q.primaryLp().equals(r.lp());
            }
            return q.targets(r.lp().get());
        }
        return category != null || q.category() == Category.BEHAVIORAL;
    }

    /** True when the latest answers to this question were weak and the growing interval has passed. */
    static boolean dueForReview(List<PracticeEntry> seen, Instant now) {
        if (seen == null || seen.isEmpty()) {
            return false;
        }
        int weakInARow = 0;
        for (int i = seen.size() - 1; i >= 0; i--) {
            Optional<Vote> v = seen.get(i).overall();
            if (v.isPresent() && !v.get().positive()) {
                weakInARow++;
            } else {
                break;
            }
        }
        if (weakInARow == 0) {
            return false;
        }
        int days = REVIEW_DAYS[Math.min(weakInARow - 1, REVIEW_DAYS.length - 1)];
        return !lastSeen(seen).plus(Duration.ofDays(days)).isAfter(now);
    }

    private static Instant lastSeen(List<PracticeEntry> seen) {
        return seen == null || seen.isEmpty() ? Instant.EPOCH : seen.get(seen.size() - 1).at();
    }

    private static Optional<Vote> lastVote(List<PracticeEntry> seen) {
        return seen.get(seen.size() - 1).overall();
    }
}
