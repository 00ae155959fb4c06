package dev.loopcoach.core.together;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.lp.PrincipleGuides;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.PeerMockStore;
import dev.loopcoach.core.port.PeerMockStore.Community;
import dev.loopcoach.core.port.PeerMockStore.Offer;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.PeerVote;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Peer mock interviews. A member offers themselves ({@code /mockinterview peer [level] [when]}); the coach proposes a
 * pair from two offers in the same community at the same level, preferring the same window and never two members
 * proposed to each other in the last {@link #NOT_AGAIN_WITHIN}. Both must accept before anything is shared; then the
 * adapter opens a private space for the two. In each round the interviewer privately opens a kit for the candidate's
 * weakest principles and records a vote per principle with a line of evidence; the candidate may paste their answer to
 * see the coach's vote beside the human one. Then they swap. Either may decline, cancel or report a no-show at any time;
 * the other is told privately and, where they had not met yet, goes back on the list.
 */
public final class PeerMock {
    static final Duration NOT_AGAIN_WITHIN = Duration.ofDays(14);
    /** A proposal nobody answered lapses after this, so a silent partner never keeps anyone from a new one. */
    static final Duration PROPOSAL_LAPSES = Duration.ofHours(24);
    /** Longest answer kept from a paste (Discord's longest text input). */
    static final int MAX_ANSWER = 4000;
    static final int MAX_EVIDENCE = 300;

    private final PeerMockStore store;
    private final PracticeLog history;
    private final QuestionBank bank;
    private final PrincipleGuides guides;
    private final AnswerCoach coach;
    private final Clock clock;
    private final Level defaultLevel;

    /** At the coach's shipped default level (Senior PM) when a member names none. */
    public PeerMock(PeerMockStore store, PracticeLog history, QuestionBank bank, PrincipleGuides guides, AnswerCoach coach,
                    Clock clock) {
        this(store, history, bank, guides, coach, clock, Level.SENIOR);
    }

    /** @param defaultLevel the level of a member who names none: the level the coach's interviews default to */
    public PeerMock(PeerMockStore store, PracticeLog history, QuestionBank bank, PrincipleGuides guides, AnswerCoach coach,
                    Clock clock, Level defaultLevel) {
        this.defaultLevel = defaultLevel;
        this.store = store;
        this.history = history;
        this.bank = bank;
        this.guides = guides;
        this.coach = coach;
        this.clock = clock;
    }

    /** The buttons a peer message offers; adapters render them with the pair's id. */
    public enum Step { ACCEPT, DECLINE, KIT, VOTE, ANSWER, SWAP, NO_SHOW, FINISH }

    /** Something to send besides the reply to whoever acted. */
    public sealed interface Delivery {
        Pair pair();

        /** A private message to one member (a DM, or an ephemeral note where the platform has one). */
        record Private(UserKey to, Pair pair, Reply reply, List<Step> steps) implements Delivery {
            public Private {
                steps = List.copyOf(steps);
            }
        }

        /** A message in the pair's private space, which both see. */
        record InSpace(Pair pair, Reply reply, List<Step> steps) implements Delivery {
            public InSpace {
                steps = List.copyOf(steps);
            }
        }

        /**
         * Both accepted: the adapter opens a private space for the two (a private thread, a group conversation), calls
         * {@link #spaceOpened} with its id and posts {@code intro} there.
         */
        record OpenSpace(Pair pair, Reply intro, List<Step> steps) implements Delivery {
            public OpenSpace {
                steps = List.copyOf(steps);
            }
        }
    }

    /**
     * The reply to whoever acted with the buttons it offers them, the pair those buttons act on (the pair acted upon, or
     * a new proposal made at once), and what else to send.
     */
    public record Outcome(Reply reply, List<Step> steps, Optional<Pair> pair, List<Delivery> deliveries) {
        public Outcome {
            steps = List.copyOf(steps);
            deliveries = List.copyOf(deliveries);
        }

        static Outcome told(Reply reply) {
            return new Outcome(reply, List.of(), Optional.empty(), List.of());
        }
    }

    /** What a member typed after {@code /mockinterview peer}: cancel, or an optional level and window. */
    public sealed interface Request {
        record Cancel() implements Request {
        }

        record Offer(Level level, Window window) implements Request {
        }

        record Invalid(Reply why) implements Request {
        }
    }

    /** Reads what a member typed at this coach's default level (the same on every surface). */
    public Request parse(String args) {
        return parse(args, defaultLevel);
    }

    /** Reads "[level] [when]" or "cancel"; a missing level is {@code defaultLevel}, a missing window is today. */
    public static Request parse(String args, Level defaultLevel) {
        String text = args == null ? "" : args.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.equals("cancel") || text.equals("stop") || text.equals("off") || text.equals("leave")) {
            return new Request.Cancel();
        }
        Level level = defaultLevel;
        Window window = Window.TODAY;
        for (String word : text.replace("this week", "week").split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Level> l = Level.parse(word);
            Optional<Window> w = Window.parse(word);
            if (l.isPresent()) {
                level = l.get();
            } else if (w.isPresent()) {
                window = w.get();
            } else {
                return new Request.Invalid(PeerView.badRequest(word));
            }
        }
        return new Request.Offer(level, window);
    }

    /** A member asks to be paired (or changes their offer). {@code placeRef} is where they asked. */
    public Outcome ask(Community community, UserKey user, String name, Level level, Window window, String placeRef) {
        Optional<Pair> current = store.current(community, user);
        List<Delivery> lapsed = new ArrayList<>();
        if (current.isPresent() && lapsed(current.get())) {
            // the proposal waited a day for an answer: it ends, the partner is told, and this member asks afresh
            Outcome ended = end(current.get(), user, "lapsed");
            lapsed.addAll(ended.deliveries());
            current = store.current(community, user);
        }
        if (current.isPresent()) {
            return Outcome.told(PeerView.alreadyPaired(current.get(), user));
        }
        Instant now = clock.now();
        Offer offer = new Offer(community, user, BoardView.plainName(name, 40), level, window, placeRef, now,
                now.plus(window.span()));
        store.offer(offer);
        Outcome outcome = match(offer).map(p -> proposedTo(p, user))
                .orElseGet(() -> Outcome.told(PeerView.listed(offer)));
        if (lapsed.isEmpty()) {
            return outcome;
        }
        lapsed.addAll(outcome.deliveries());
        return new Outcome(outcome.reply(), outcome.steps(), outcome.pair(), lapsed);
    }

    private boolean lapsed(Pair pair) {
        return pair.stage() == Stage.PROPOSED && !clock.now().isBefore(pair.at().plus(PROPOSAL_LAPSES));
    }

    /** Takes the member off the list, or ends their proposed or active pair (the partner is told privately). */
    public Outcome cancel(Community community, UserKey user) {
        Optional<Pair> current = store.current(community, user);
        if (current.isPresent()) {
            return end(current.get(), user, "cancelled");
        }
        return Outcome.told(store.withdraw(community, user) ? PeerView.withdrawn() : PeerView.notListed());
    }

    /** A member answers a proposal. */
    public Outcome respond(long pairId, UserKey user, boolean accept) {
        Optional<Pair> found = mine(pairId, user);
        if (found.isEmpty()) {
            return Outcome.told(PeerView.notYours());
        }
        Pair pair = found.get();
        if (pair.stage() != Stage.PROPOSED) {
            return Outcome.told(PeerView.noLongerOpen(pair));
        }
        if (!accept) {
            return end(pair, user, "declined");
        }
        boolean first = pair.first().user().equals(user);
        Pair accepted = pair.with(first ? pair.first().accept() : pair.first(), first ? pair.second() : pair.second().accept(),
                Stage.PROPOSED, pair.round(), pair.questionId(), pair.space(), pair.answer(), pair.ended());
        if (!(accepted.first().accepted() && accepted.second().accepted())) {
            Optional<Pair> stored = store.update(accepted);
            return stored.isEmpty() ? respond(pairId, user, true)
                    : new Outcome(PeerView.acceptedWaiting(stored.get(), user), List.of(Step.DECLINE), stored, List.of());
        }
        Pair active = accepted.with(accepted.first(), accepted.second(), Stage.ACTIVE, 1, Optional.of(questionFor(accepted,
                accepted.first()).id().value()), Optional.empty(), Optional.empty(), Optional.empty());
        Optional<Pair> stored = store.update(active);
        if (stored.isEmpty()) {
            return respond(pairId, user, true); // the partner answered at the same moment: read again
        }
        return new Outcome(PeerView.bothAccepted(stored.get(), user), List.of(), stored,
                List.of(new Delivery.OpenSpace(stored.get(), PeerView.intro(stored.get()), roundSteps())));
    }

    /** The adapter opened the pair's private space. */
    public Optional<Pair> spaceOpened(long pairId, String spaceRef) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Pair> found = store.find(pairId);
            if (found.isEmpty() || found.get().space().isPresent()) {
                return found;
            }
            Pair p = found.get();
            Optional<Pair> stored = store.update(p.with(p.first(), p.second(), p.stage(), p.round(), p.questionId(),
                    Optional.of(spaceRef), p.answer(), p.ended()));
            if (stored.isPresent()) {
                return stored;
            }
        }
        return store.find(pairId);
    }

    /** The kit for the interviewer, or the candidate's brief, privately. */
    public Outcome kit(long pairId, UserKey user) {
        Optional<Pair> found = active(pairId, user);
        if (found.isEmpty()) {
            return Outcome.told(inactive(pairId, user));
        }
        Pair pair = found.get();
        PeerKit kit = kitOf(pair);
        if (pair.interviewer().user().equals(user)) {
            return new Outcome(PeerView.kit(pair, kit), List.of(Step.VOTE), found, List.of());
        }
        return new Outcome(PeerView.candidateBrief(pair, kit), List.of(Step.ANSWER), found, List.of());
    }

    /** The principles the interviewer votes on this round (for the adapter's form). */
    public List<LeadershipPrinciple> principles(long pairId) {
        return store.find(pairId).filter(p -> p.stage() == Stage.ACTIVE).map(p -> kitOf(p).principles()).orElse(List.of());
    }

    /** The interviewer records a vote and a line of evidence per principle; both then see it beside the coach's. */
    public Outcome recordVotes(long pairId, UserKey user, Map<LeadershipPrinciple, String> votes,
                               Map<LeadershipPrinciple, String> evidence) {
        Optional<Pair> found = active(pairId, user);
        if (found.isEmpty()) {
            return Outcome.told(inactive(pairId, user));
        }
        Pair pair = found.get();
        if (!pair.interviewer().user().equals(user)) {
            return Outcome.told(PeerView.onlyInterviewerVotes(pair));
        }
        PeerKit kit = kitOf(pair);
        List<PeerVote> read = new ArrayList<>();
        for (LeadershipPrinciple lp : kit.principles()) {
            Optional<Vote> vote = HumanVote.parse(votes.getOrDefault(lp, ""));
            if (vote.isEmpty()) {
                return Outcome.told(PeerView.badVote(lp, votes.getOrDefault(lp, "")));
            }
            String line = evidence.getOrDefault(lp, "").strip().replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                return Outcome.told(PeerView.needEvidence(lp));
            }
            read.add(new PeerVote(lp, vote.get(), line.length() > MAX_EVIDENCE ? line.substring(0, MAX_EVIDENCE) : line));
        }
        store.recordVotes(pair.id(), pair.round(), read);
        return new Outcome(PeerView.votesRecorded(), List.of(), found,
                List.of(new Delivery.InSpace(pair, comparison(pair, kit), roundSteps())));
    }

    /** The candidate pastes their answer: the coach votes on it, shown beside the interviewer's votes. */
    public Outcome submitAnswer(long pairId, UserKey user, String answer) {
        Optional<Pair> found = active(pairId, user);
        if (found.isEmpty()) {
            return Outcome.told(inactive(pairId, user));
        }
        Pair pair = found.get();
        if (!pair.candidate().user().equals(user)) {
            return Outcome.told(PeerView.onlyCandidateAnswers(pair));
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            return Outcome.told(PeerView.emptyAnswer());
        }
        if (text.length() > MAX_ANSWER) {
            text = text.substring(0, MAX_ANSWER);
        }
        Optional<Pair> stored = store.update(pair.with(pair.first(), pair.second(), pair.stage(), pair.round(), pair.questionId(),
                pair.space(), Optional.of(text), pair.ended()));
        if (stored.isEmpty()) {
            return submitAnswer(pairId, user, answer);
        }
        return new Outcome(PeerView.answerTaken(), List.of(), stored,
                List.of(new Delivery.InSpace(stored.get(), comparison(stored.get(), kitOf(stored.get())), roundSteps())));
    }

    /** Either member swaps roles after the first round; the second round has a kit for the other member. */
    public Outcome swap(long pairId, UserKey user) {
        Optional<Pair> found = active(pairId, user);
        if (found.isEmpty()) {
            return Outcome.told(inactive(pairId, user));
        }
        Pair pair = found.get();
        if (pair.round() != 1) {
            return Outcome.told(PeerView.bothHadTurns());
        }
        Question next = questionFor(pair, pair.second());
        Optional<Pair> stored = store.update(pair.with(pair.first(), pair.second(), Stage.ACTIVE, 2,
                Optional.of(next.id().value()), pair.space(), Optional.empty(), Optional.empty()));
        if (stored.isEmpty()) {
            return Outcome.told(PeerView.changedMeanwhile());
        }
        return new Outcome(PeerView.swapped(), List.of(), stored,
                List.of(new Delivery.InSpace(stored.get(), PeerView.roundTwo(stored.get()), roundSteps())));
    }

    /** The partner did not come: the pair ends, the reporter goes back on the list, the partner is told kindly. */
    public Outcome noShow(long pairId, UserKey user) {
        Optional<Pair> found = mine(pairId, user);
        if (found.isEmpty() || found.get().stage() == Stage.ENDED) {
            return Outcome.told(found.map(PeerView::noLongerOpen).orElse(PeerView.notYours()));
        }
        return end(found.get(), user, "no-show");
    }

    /** The pair is done. */
    public Outcome finish(long pairId, UserKey user) {
        Optional<Pair> found = mine(pairId, user);
        if (found.isEmpty() || found.get().stage() == Stage.ENDED) {
            return Outcome.told(found.map(PeerView::noLongerOpen).orElse(PeerView.notYours()));
        }
        return end(found.get(), user, found.get().stage() == Stage.PROPOSED ? "cancelled" : "finished");
    }

    private Outcome end(Pair pair, UserKey by, String why) {
        Optional<Pair> stored = store.update(pair.with(pair.first(), pair.second(), Stage.ENDED, pair.round(), pair.questionId(),
                pair.space(), pair.answer(), Optional.of(why)));
        if (stored.isEmpty()) {
            Optional<Pair> now = store.find(pair.id());
            if (now.isPresent() && now.get().stage() != Stage.ENDED) {
                return end(now.get(), by, why);
            }
            return Outcome.told(now.map(PeerView::noLongerOpen).orElse(PeerView.notYours()));
        }
        Pair ended = stored.get();
        UserKey partner = ended.partnerOf(by).user();
        List<Delivery> deliveries = new ArrayList<>();
        boolean met = pair.stage() == Stage.ACTIVE;
        Reply toActor = PeerView.endedByYou(ended, by, why);
        List<Step> actorSteps = List.of();
        Pair actorPair = ended; // the pair the actor's buttons act on: a new proposal when the reporter is matched at once
        if (why.equals("no-show")) {
            // the reporter is offered again; the partner is told without blame
            deliveries.add(new Delivery.Private(partner, ended, PeerView.markedNoShow(ended, by), List.of()));
            Optional<Outcome> again = offerAgain(ended, by);
            if (again.isPresent()) {
                toActor = toActor.then(again.get().reply());
                actorSteps = again.get().steps();
                actorPair = again.get().pair().orElse(ended);
                deliveries.addAll(again.get().deliveries());
            }
        } else {
            deliveries.add(new Delivery.Private(partner, ended, PeerView.endedByPartner(ended, by, why, !met), List.of()));
            if (!met) {
                offerAgain(ended, partner).ifPresent(o -> {
                    deliveries.add(new Delivery.Private(partner, o.pair().orElse(ended), o.reply(), o.steps()));
                    deliveries.addAll(o.deliveries());
                });
            }
        }
        if (ended.space().isPresent()) {
            deliveries.add(new Delivery.InSpace(ended, PeerView.spaceClosed(ended, by, why), List.of()));
        }
        return new Outcome(toActor, actorSteps, Optional.of(actorPair), deliveries);
    }

    /** Puts a member's offer back on the list after a pair that never met, and looks for a new partner at once. */
    private Optional<Outcome> offerAgain(Pair ended, UserKey user) {
        PeerMockStore.Side side = ended.sideOf(user);
        Instant now = clock.now();
        Offer offer = new Offer(ended.community(), user, side.name(), side.level(), Window.TODAY, side.placeRef(), now,
                now.plus(Window.TODAY.span()));
        store.offer(offer);
        return Optional.of(match(offer).map(p -> proposedTo(p, user))
                .orElseGet(() -> new Outcome(PeerView.backOnList(offer), List.of(), Optional.empty(), List.of())));
    }

    /** Proposes a pair for this offer with the best waiting one, retrying when another process took a partner first. */
    private Optional<Pair> match(Offer offer) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Pair> mine = store.current(offer.community(), offer.user());
            if (mine.isPresent()) {
                return mine; // someone else's request paired us meanwhile
            }
            Instant now = clock.now();
            Optional<Offer> partner = store.openOffers(offer.community(), now).stream()
                    .filter(o -> !o.user().equals(offer.user()) && o.level() == offer.level())
                    .filter(o -> store.lastPaired(offer.community(), offer.user(), o.user())
                            .map(t -> t.isBefore(now.minus(NOT_AGAIN_WITHIN))).orElse(true))
                    .min(Comparator.comparing((Offer o) -> o.window() != offer.window()).thenComparing(Offer::at));
            if (partner.isEmpty()) {
                return Optional.empty();
            }
            // whoever waited longer is the candidate first
            Optional<Pair> pair = store.propose(partner.get(), offer, now);
            if (pair.isPresent()) {
                return pair;
            }
        }
        return store.current(offer.community(), offer.user());
    }

    private Outcome proposedTo(Pair pair, UserKey asker) {
        if (pair.stage() != Stage.PROPOSED) {
            return Outcome.told(PeerView.alreadyPaired(pair, asker));
        }
        UserKey partner = pair.partnerOf(asker).user();
        return new Outcome(PeerView.proposal(pair, asker), List.of(Step.ACCEPT, Step.DECLINE), Optional.of(pair),
                List.of(new Delivery.Private(partner, pair, PeerView.proposal(pair, partner), List.of(Step.ACCEPT, Step.DECLINE))));
    }

    private Question questionFor(Pair pair, PeerMockStore.Side candidate) {
        return PeerKit.pick(bank, candidate.level(), history.entries(candidate.user()), pair.id())
                .orElseThrow(() -> new IllegalStateException("the question bank has no behavioral question"));
    }

    private PeerKit kitOf(Pair pair) {
        Question q = pair.questionId().flatMap(bank::find).orElseGet(() -> questionFor(pair, pair.candidate()));
        return PeerKit.of(q, guides);
    }

    /** The interviewer's votes beside the coach's, for this round, with the reasons on both sides. */
    private Reply comparison(Pair pair, PeerKit kit) {
        List<PeerVote> human = store.votes(pair.id(), pair.round());
        Optional<Coaching> bot = pair.answer().map(a -> coach.coach(kit.question(), pair.candidate().level(), a, List.of()));
        return PeerView.comparison(pair, kit, human, bot);
    }

    private Optional<Pair> mine(long pairId, UserKey user) {
        return store.find(pairId).filter(p -> p.has(user));
    }

    private Optional<Pair> active(long pairId, UserKey user) {
        return mine(pairId, user).filter(p -> p.stage() == Stage.ACTIVE);
    }

    private Reply inactive(long pairId, UserKey user) {
        return mine(pairId, user).map(PeerView::noLongerOpen).orElse(PeerView.notYours());
    }

    private static List<Step> roundSteps() {
        return List.of(Step.KIT, Step.VOTE, Step.ANSWER, Step.SWAP, Step.NO_SHOW, Step.FINISH);
    }
}
