package dev.loopcoach.core.port;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Peer mock interviews: members offering themselves for pairing in a community, the pairs proposed from those offers
 * and what each round recorded (the interviewer's votes, the answer the candidate pasted). Pairing and every change of
 * a pair are compare-and-set, so two processes never pair one offer twice or lose a step.
 */
public interface PeerMockStore {

    /** How soon a member can practise: within the hour, today, or this week. */
    enum Window {
        NOW(java.time.Duration.ofHours(1)), TODAY(java.time.Duration.ofHours(24)), WEEK(java.time.Duration.ofDays(7));

        private final java.time.Duration span;

        Window(java.time.Duration span) {
            this.span = span;
        }

        public java.time.Duration span() {
            return span;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Optional<Window> parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (t) {
                case "now", "asap", "hour" -> Optional.of(NOW);
                case "today", "day", "tonight" -> Optional.of(TODAY);
                case "week", "this week", "thisweek" -> Optional.of(WEEK);
                default -> Optional.empty();
            };
        }
    }

    /** A community: a Discord server or a Slack workspace. */
    record Community(String platform, String id) {
        public Community {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A member's open offer: {@code name} is their display name as plain text, {@code placeRef} where they asked (the
     * channel a private thread can be opened under), {@code until} when the offer lapses.
     */
    record Offer(Community community, UserKey user, String name, Level level, Window window, String placeRef,
                 Instant at, Instant until) {
        public Offer {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(window, "window");
            name = name == null ? "" : name;
            placeRef = placeRef == null ? "" : placeRef;
        }
    }

    enum Stage { PROPOSED, ACTIVE, ENDED }

    /** One member of a pair: whether they accepted the proposal, and where they asked. */
    record Side(UserKey user, String name, Level level, boolean accepted, String placeRef) {
        public Side {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(level, "level");
            name = name == null ? "" : name;
            placeRef = placeRef == null ? "" : placeRef;
        }

        public Side accept() {
            return new Side(user, name, level, true, placeRef);
        }
    }

    /**
     * A pair. In round 1 {@code first} is the candidate and {@code second} interviews; round 2 swaps them.
     * {@code questionId} is the current round's kit question, {@code space} the private thread or group conversation,
     * {@code answer} what the candidate pasted this round (empty when they answered aloud), {@code ended} why it ended
     * ("declined", "cancelled", "no-show", "finished"); {@code version} changes on every update.
     */
    record Pair(long id, Community community, Side first, Side second, Stage stage, int round, Optional<String> questionId,
                Optional<String> space, Optional<String> answer, Optional<String> ended, Instant at, long version) {
        public Pair {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(stage, "stage");
            questionId = questionId == null ? Optional.empty() : questionId;
            space = space == null ? Optional.empty() : space;
            answer = answer == null ? Optional.empty() : answer;
            ended = ended == null ? Optional.empty() : ended;
        }

        public boolean has(UserKey user) {
            return first.user().equals(user) || second.user().equals(user);
        }

        public Side candidate() {
            return round == 1 ? first : second;
        }

        public Side interviewer() {
            return round == 1 ? second : first;
        }

        public Side sideOf(UserKey user) {
            return first.user().equals(user) ? first : second;
        }

        public Side partnerOf(UserKey user) {
            return first.user().equals(user) ? second : first;
        }

        public Pair with(Side first, Side second, Stage stage, int round, Optional<String> questionId,
                         Optional<String> space, Optional<String> answer, Optional<String> ended) {
            return new Pair(id, community, first, second, stage, round, questionId, space, answer, ended, at, version);
        }
    }

    /** The interviewer's vote on one principle with the line of evidence they wrote. */
    record PeerVote(LeadershipPrinciple lp, Vote vote, String evidence) {
        public PeerVote {
            Objects.requireNonNull(lp, "lp");
            Objects.requireNonNull(vote, "vote");
            evidence = evidence == null ? "" : evidence;
        }
    }

    /** Records or replaces the member's offer in that community. */
    void offer(Offer offer);

    /** Takes back the member's open offer; true when there was one. */
    boolean withdraw(Community community, UserKey user);

    Optional<Offer> offerOf(Community community, UserKey user);

    /** Open offers that have not lapsed at {@code now}, oldest first. */
    List<Offer> openOffers(Community community, Instant now);

    /**
     * Proposes a pair from two open offers, which leave the list: empty when either was taken or withdrawn meanwhile.
     * Of concurrent callers holding the same offer, exactly one gets a pair.
     */
    Optional<Pair> propose(Offer candidateFirst, Offer interviewerFirst, Instant at);

    Optional<Pair> find(long pairId);

    /** The member's proposed or active pair in the community, if any. */
    Optional<Pair> current(Community community, UserKey user);

    /** When these two members were last proposed to each other in the community, if ever. */
    Optional<Instant> lastPaired(Community community, UserKey a, UserKey b);

    /** Writes {@code next} if the pair is still at {@code next.version()}; the stored pair (new version) or empty. */
    Optional<Pair> update(Pair next);

    /** Records (replacing) the interviewer's votes for a round. */
    void recordVotes(long pairId, int round, List<PeerVote> votes);

    List<PeerVote> votes(long pairId, int round);

    /** What is kept about a person: offers, pairs (the partner is never named), votes given and answers pasted. */
    List<String> export(UserKey user);

    /** Removes the person's offers and every pair they were in with its votes; returns how many rows went. */
    int forget(UserKey user);
}
