package dev.loopcoach.core.loop;

import static dev.loopcoach.core.lp.LeadershipPrinciple.ARE_RIGHT_A_LOT;
import static dev.loopcoach.core.lp.LeadershipPrinciple.BACKBONE;
import static dev.loopcoach.core.lp.LeadershipPrinciple.BEST_EMPLOYER;
import static dev.loopcoach.core.lp.LeadershipPrinciple.BIAS_FOR_ACTION;
import static dev.loopcoach.core.lp.LeadershipPrinciple.BROAD_RESPONSIBILITY;
import static dev.loopcoach.core.lp.LeadershipPrinciple.CUSTOMER_OBSESSION;
import static dev.loopcoach.core.lp.LeadershipPrinciple.DELIVER_RESULTS;
import static dev.loopcoach.core.lp.LeadershipPrinciple.DIVE_DEEP;
import static dev.loopcoach.core.lp.LeadershipPrinciple.EARN_TRUST;
import static dev.loopcoach.core.lp.LeadershipPrinciple.FRUGALITY;
import static dev.loopcoach.core.lp.LeadershipPrinciple.HIGHEST_STANDARDS;
import static dev.loopcoach.core.lp.LeadershipPrinciple.HIRE_AND_DEVELOP;
import static dev.loopcoach.core.lp.LeadershipPrinciple.INVENT_AND_SIMPLIFY;
import static dev.loopcoach.core.lp.LeadershipPrinciple.OWNERSHIP;
import static dev.loopcoach.core.lp.LeadershipPrinciple.THINK_BIG;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.bank.QuestionId;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.selection.Pick;
import dev.loopcoach.core.selection.QuestionSelector;
import dev.loopcoach.core.selection.SelectionRequest;
import dev.loopcoach.core.session.Interviewer;
import dev.loopcoach.core.session.Round;
import dev.loopcoach.core.session.SessionKind;
import dev.loopcoach.core.session.SessionPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Plans a whole Amazon PM loop up front, so it can be stored and resumed on another day with the same people
 * and questions: a recruiter screen, a hiring-manager screen, the written exercise, then five on-site interviews.
 *
 * <p>On site, every interviewer owns two or three Leadership Principles and no two share one; together they cover
 * 13 of the 16. The product-sense interviewer owns Customer Obsession and adds a product case (a strategy case
 * at Principal), the technical interviewer owns Dive Deep and adds a system-design case, and the last interviewer
 * is the Bar Raiser, from outside the hiring team. The hiring-manager screen asks about two of the three
 * principles left over, so 15 are tested in all. Behavioral questions come from the bank through the adaptive
 * {@link QuestionSelector} (unseen and weak areas first), filtered by principle and level; at Principal level,
 * questions tagged for senior levels only (strategy, org-wide scope) are preferred.
 */
public final class LoopPlanner {
    public static final int ONSITE_INTERVIEWS = 5;
    /** The two standard prompts of Amazon's written exercise; the loop asks one of them. */
    public static final List<String> CLASSIC_PROMPTS = List.of("wr-01", "wr-02");

    static final int RECRUITER_QUESTIONS = 3;
    /** Both phone screens run 45-60 minutes in public reports, as /process says; the simulation plans the short end. */
    static final int SCREEN_MINUTES = 45;
    static final int HIRING_MANAGER_SCREEN_MINUTES = 45;
    static final int WRITING_MINUTES = 90;
    static final int ONSITE_MINUTES = 60;

    private static final List<String> NAMES = List.of(
            "Maya Okafor", "Daniel Reyes", "Priya Natarajan", "Tom Lindqvist", "Aisha Rahman", "Kenji Watanabe",
            "Sofia Marquez", "Liam O'Connell", "Grace Chen", "Omar Haddad", "Elena Petrova", "Marcus Bell",
            "Nadia Kowalski", "Samuel Adeyemi");
    private static final Set<LeadershipPrinciple> CORE = EnumSet.of(
            OWNERSHIP, DELIVER_RESULTS, EARN_TRUST, BACKBONE, BIAS_FOR_ACTION, ARE_RIGHT_A_LOT);
    private static final List<LeadershipPrinciple> BAR_RAISER_AFFINITY = List.of(
            EARN_TRUST, BACKBONE, HIRE_AND_DEVELOP, HIGHEST_STANDARDS, BEST_EMPLOYER, BROAD_RESPONSIBILITY);
    private static final List<LeadershipPrinciple> HIRING_MANAGER_AFFINITY = List.of(
            OWNERSHIP, DELIVER_RESULTS, BIAS_FOR_ACTION, THINK_BIG, INVENT_AND_SIMPLIFY);

    private final QuestionBank bank;
    private final QuestionSelector selector;

    public LoopPlanner(QuestionBank bank) {
        this.bank = bank;
        this.selector = new QuestionSelector(bank);
    }

    /**
     * @param history the user's practice so far; unseen questions and weak principles are preferred
     * @throws LoopPlanningException when the bank cannot fill a stage
     */
    public SessionPlan plan(Level level, List<PracticeEntry> history, Instant now, RandomGenerator random) {
        Panel panel = assignPanel(level, random);
        Picker picker = new Picker(level, history, now, random);
        List<String> names = pickNames(random);
        String recruiter = names.get(0);
        String hiringManager = names.get(1);

        List<Round> rounds = new ArrayList<>();
        rounds.add(picker.round("Recruiter screen", new Interviewer(recruiter, "Recruiter", List.of(), false),
                List.of(), Optional.of(Category.RECRUITER_SCREEN), RECRUITER_QUESTIONS, 1, SCREEN_MINUTES));
        rounds.add(picker.round("Hiring manager screen", new Interviewer(hiringManager, hiringManagerRole(level), panel.screen(), false),
                panel.screen(), Optional.of(Category.PRODUCT_SENSE), 1, 2, HIRING_MANAGER_SCREEN_MINUTES));
        rounds.add(picker.writingRound(new Interviewer("The hiring team", "Reads your memo before the on-site", List.of(), false)));

        String productName = level == Level.PRINCIPAL ? "product strategy" : "product sense";
        rounds.add(picker.round("On-site 1 of 5: hiring manager",
                new Interviewer(hiringManager, hiringManagerRole(level), panel.hiringManager(), false),
                panel.hiringManager(), Optional.empty(), 0, 2, ONSITE_MINUTES));
        rounds.add(picker.round("On-site 2 of 5: " + productName,
                new Interviewer(names.get(2), (level == Level.PRINCIPAL ? "Principal PM" : "Senior PM") + ", hiring team ("
                        + productName + ")", panel.product(), false),
                panel.product(), Optional.of(level == Level.PRINCIPAL ? Category.STRATEGY : Category.PRODUCT_SENSE), 1, 2, ONSITE_MINUTES));
        rounds.add(picker.round("On-site 3 of 5: technical",
                new Interviewer(names.get(3), "Software development manager (system design, data, trade-offs)", panel.technical(), false),
                panel.technical(), Optional.of(Category.TECHNICAL), 1, 2, ONSITE_MINUTES));
        rounds.add(picker.round("On-site 4 of 5: behavioral",
                new Interviewer(names.get(4), "Senior PM from a partner team", panel.partner(), false),
                panel.partner(), Optional.empty(), 0, 2, ONSITE_MINUTES));
        rounds.add(picker.round("On-site 5 of 5: Bar Raiser",
                new Interviewer(names.get(5), "Bar Raiser: Principal PM from another organization, outside the hiring team",
                        panel.barRaiser(), true),
                panel.barRaiser(), Optional.empty(), 0, 2, ONSITE_MINUTES));
        return new SessionPlan(SessionKind.LOOP, Optional.empty(), level, Optional.empty(), rounds);
    }

    private static String hiringManagerRole(Level level) {
        return level == Level.PRINCIPAL ? "Hiring manager, Director of Product" : "Hiring manager, Senior Manager of Product";
    }

    private static List<String> pickNames(RandomGenerator random) {
        List<String> pool = new ArrayList<>(NAMES);
        shuffle(pool, random);
        return pool.subList(0, 6);
    }

    /** Who owns which principles; on-site sets never overlap, the screen asks about two left over. */
    record Panel(List<LeadershipPrinciple> screen, List<LeadershipPrinciple> hiringManager, List<LeadershipPrinciple> product,
                 List<LeadershipPrinciple> technical, List<LeadershipPrinciple> partner, List<LeadershipPrinciple> barRaiser) {
    }

    static Panel assignPanel(Level level, RandomGenerator random) {
        Set<LeadershipPrinciple> taken = new LinkedHashSet<>();
        List<LeadershipPrinciple> product = new ArrayList<>(List.of(CUSTOMER_OBSESSION,
                level == Level.PRINCIPAL ? THINK_BIG : oneOf(List.of(THINK_BIG, INVENT_AND_SIMPLIFY), taken, random)));
        taken.addAll(product);
        List<LeadershipPrinciple> technical = new ArrayList<>(List.of(DIVE_DEEP,
                oneOf(List.of(INVENT_AND_SIMPLIFY, ARE_RIGHT_A_LOT, HIGHEST_STANDARDS, FRUGALITY), taken, random)));
        taken.addAll(technical);

        Set<LeadershipPrinciple> musts = EnumSet.copyOf(CORE);
        if (level != Level.PM) {
            musts.add(HIRE_AND_DEVELOP);
            musts.add(THINK_BIG);
        }
        if (level == Level.PRINCIPAL) {
            musts.add(BROAD_RESPONSIBILITY);
        }
        List<LeadershipPrinciple> first = new ArrayList<>();
        List<LeadershipPrinciple> rest = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            if (!taken.contains(lp)) {
                (musts.contains(lp) ? first : rest).add(lp);
            }
        }
        shuffle(first, random);
        shuffle(rest, random);
        List<LeadershipPrinciple> order = new ArrayList<>(first);
        order.addAll(rest);
        List<LeadershipPrinciple> dealt = new ArrayList<>(order.subList(0, 9));
        List<LeadershipPrinciple> screen = List.copyOf(order.subList(9, 11));

        List<LeadershipPrinciple> barRaiser = deal(dealt, BAR_RAISER_AFFINITY, 3);
        List<LeadershipPrinciple> hiringManager = deal(dealt, HIRING_MANAGER_AFFINITY, 3);
        List<LeadershipPrinciple> partner = deal(dealt, List.of(), 3);
        return new Panel(screen, hiringManager, product, technical, partner, barRaiser);
    }

    /** Takes {@code count} principles out of {@code pool}: those in {@code affinity} first, in pool order. */
    private static List<LeadershipPrinciple> deal(List<LeadershipPrinciple> pool, List<LeadershipPrinciple> affinity, int count) {
        List<LeadershipPrinciple> out = new ArrayList<>();
        for (LeadershipPrinciple lp : List.copyOf(pool)) {
            if (out.size() < count && affinity.contains(lp)) {
                out.add(lp);
                pool.remove(lp);
            }
        }
        while (out.size() < count && !pool.isEmpty()) {
            out.add(pool.remove(0));
        }
        return List.copyOf(out);
    }

    private static LeadershipPrinciple oneOf(List<LeadershipPrinciple> options, Set<LeadershipPrinciple> taken, RandomGenerator random) {
        List<LeadershipPrinciple> free = options.stream().filter(lp -> !taken.contains(lp)).toList();
        return free.get(random.nextInt(free.size()));
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** Chooses the questions, never the same one twice in a loop. */
    private final class Picker {
        private final Level level;
        private final List<PracticeEntry> history;
        private final Instant now;
        private final RandomGenerator random;
        private final Set<QuestionId> used = new HashSet<>();

        Picker(Level level, List<PracticeEntry> history, Instant now, RandomGenerator random) {
            this.level = level;
            this.history = history;
            this.now = now;
            this.random = random;
        }

        /**
         * One behavioral question per principle, then {@code caseCount} questions of {@code caseCategory}
         * (preferring one that also targets the interviewer's first principle).
         */
        Round round(String name, Interviewer who, List<LeadershipPrinciple> lps, Optional<Category> caseCategory, int caseCount,
                    int followUps, int minutes) {
            List<QuestionId> ids = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (LeadershipPrinciple lp : lps) {
                Pick p = one(new SelectionRequest(Optional.empty(), level, Optional.of(lp), 1, used), lp.displayName());
                ids.add(p.question().id());
                reasons.add("it tests " + lp.displayName() + ", which " + who.name() + " owns in this loop; " + p.reason());
            }
            if (caseCategory.isPresent() && caseCount > 0) {
                Category c = caseCategory.get();
                List<Pick> picks = new ArrayList<>();
                if (caseCount == 1 && !lps.isEmpty()) {
                    picks.addAll(preferScope(new SelectionRequest(caseCategory, level, Optional.of(lps.get(0)), 1, used)));
                }
                if (picks.isEmpty()) {
                    picks.addAll(preferScope(new SelectionRequest(caseCategory, level, Optional.empty(), caseCount, used)));
                }
                if (picks.isEmpty()) {
                    throw new LoopPlanningException("the question bank has no " + c.label() + " question for " + level.label());
                }
                for (Pick p : picks) {
                    used.add(p.question().id());
                    ids.add(p.question().id());
                    reasons.add("the " + c.label().toLowerCase(java.util.Locale.ROOT) + " part of this interview; " + p.reason());
                }
            }
            return new Round(name, who, ids, reasons, followUps, minutes);
        }

        Round writingRound(Interviewer who) {
            List<Question> classics = CLASSIC_PROMPTS.stream().map(bank::find).flatMap(Optional::stream)
                    .filter(q -> q.category() == Category.WRITING && q.fits(level)).toList();
            Question prompt;
            String reason;
            if (!classics.isEmpty()) {
                Set<QuestionId> seen = new HashSet<>();
                history.forEach(e -> seen.add(e.questionId()));
                List<Question> fresh = classics.stream().filter(q -> !seen.contains(q.id())).toList();
                List<Question> from = fresh.isEmpty() ? classics : fresh;
                prompt = from.get(random.nextInt(from.size()));
                reason = "one of the two standard prompts of Amazon's written exercise";
            } else {
                Pick p = one(new SelectionRequest(Optional.of(Category.WRITING), level, Optional.empty(), 1, used), "the written exercise");
                prompt = p.question();
                reason = p.reason();
            }
            used.add(prompt.id());
            return new Round("Writing exercise", who, List.of(prompt.id()), List.of(reason), 1, WRITING_MINUTES);
        }

        private Pick one(SelectionRequest request, String what) {
            List<Pick> picks = preferScope(request);
            if (picks.isEmpty()) {
                throw new LoopPlanningException("the question bank has no unused question for " + what + " at " + level.label());
            }
            used.add(picks.get(0).question().id());
            return picks.get(0);
        }

        /**
         * At Principal level, first try without the questions that also fit entry-level PMs, so the loop asks about
         * strategy and org-wide scope; fall back to every question that fits the level.
         */
        private List<Pick> preferScope(SelectionRequest request) {
            if (level == Level.PRINCIPAL) {
                Set<QuestionId> exclude = new HashSet<>(request.exclude());
                bank.all().stream().filter(q -> q.fits(Level.PM)).forEach(q -> exclude.add(q.id()));
                List<Pick> senior = selector.pick(new SelectionRequest(request.category(), level, request.lp(), request.count(), exclude),
                        history, now, random);
                if (senior.size() == request.count()) {
                    return senior;
                }
            }
            return selector.pick(request, history, now, random);
        }
    }
}
