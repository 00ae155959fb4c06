package dev.loopcoach.core.daily;

import dev.loopcoach.core.bank.Question;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.port.PracticeEntry;
import dev.loopcoach.core.port.PracticeLog;
import dev.loopcoach.core.port.ThreadDialogStore;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.port.UserPrefs;
import dev.loopcoach.core.port.UserPrefsStore;
import dev.loopcoach.core.reply.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coaching in the thread of a daily post. A person's first answer gets the analysis and one follow-up; their
 * next reply answers that follow-up and may get one more, up to {@link DailyConfig#threadRepliesPerUser()}
 * coached replies per person and post. Replying "mute" stops it for that person everywhere ("unmute" undoes it).
 * Each platform message is answered at most once, even when delivered again or to two processes.
 */
public final class ThreadCoach {
    private static final Logger log = LoggerFactory.getLogger(ThreadCoach.class);
    private static final Set<String> MUTE = Set.of("mute", "mute coaching", "stop coaching", "no coaching");
    private static final Set<String> UNMUTE = Set.of("unmute", "unmute coaching", "resume coaching");
    private static final int ATTEMPTS = 3;
    /** Replies that choose where this person's verdicts go ("private verdicts": to them; "public verdicts": the thread). */
    private static final Set<String> VERDICT_WORDS = Set.of("private verdicts", "private verdict", "public verdicts",
            "public verdict", "private feedback", "public feedback");

    private final DailyPostStore posts;
    private final ThreadDialogStore dialogs;
    private final UserPrefsStore prefs;
    private final PracticeLog practice;
    private final QuestionBank bank;
    private final AnswerCoach coach;
    private final Clock clock;
    private final DailyConfig config;
    private final Optional<VerdictPrivacy> privacy;

    public ThreadCoach(DailyPostStore posts, ThreadDialogStore dialogs, UserPrefsStore prefs, PracticeLog practice,
                       QuestionBank bank, AnswerCoach coach, Clock clock, DailyConfig config) {
        this(posts, dialogs, prefs, practice, bank, coach, clock, config, Optional.empty());
    }

    /** @param privacy where verdicts go (privately or in the thread); without it they are always posted in the thread */
    public ThreadCoach(DailyPostStore posts, ThreadDialogStore dialogs, UserPrefsStore prefs, PracticeLog practice,
                       QuestionBank bank, AnswerCoach coach, Clock clock, DailyConfig config,
                       Optional<VerdictPrivacy> privacy) {
        this.privacy = privacy;
        this.posts = posts;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.practice = practice;
        this.bank = bank;
        this.coach = coach;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Whether the feedback on this message goes to its author privately (a DM or an ephemeral note) instead of the
     * thread; the answer itself stays public. Adapters ask this before posting a {@code FEEDBACK} reply.
     */
    public boolean feedbackPrivately(ThreadMessage m) {
        return privacy.map(p -> p.privately(m.channel(), m.user())).orElse(false);
    }

    /**
     * An admin sets where verdicts go for everyone answering in {@code channel} (the adapter checked the permission);
     * empty when this coach was built without verdict privacy, so the adapter can say it is not available.
     */
    public Optional<Reply> setChannelVerdicts(ChannelKey channel, boolean privately) {
        return privacy.map(p -> p.setChannel(channel, privately));
    }

    /** How long a reply waits, at most, for a post of its channel that is being sent to have its message stored. */
    static final java.time.Duration SETTLE_WAIT = java.time.Duration.ofSeconds(2);
    private static final long SETTLE_STEP_MILLIS = 100;

    /**
     * The daily post a reply answers. A reply can arrive between the platform's answer to the post and the storing of
     * its message id (a fast reader, a platform's own test): while a post of that channel is still being sent, the
     * lookup is repeated for up to {@link #SETTLE_WAIT}, so an answer in a daily thread is never dropped for that.
     */
    private Optional<DailyPost> postOf(ThreadMessage m) {
        Optional<DailyPost> post = posts.findByMessage(m.channel(), m.threadRef());
        long waited = 0;
        while (post.isEmpty() && waited < SETTLE_WAIT.toMillis()) {
            boolean stillSending = sending(m.channel());
            // look again after that check: the post may have settled (its id stored) between the first look and it
            post = posts.findByMessage(m.channel(), m.threadRef());
            if (post.isPresent() || !stillSending) {
                return post;
            }
            try {
                Thread.sleep(SETTLE_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return post;
            }
            waited += SETTLE_STEP_MILLIS;
        }
        return post;
    }

    private boolean sending(ChannelKey channel) {
        return posts.unsettled(clock.now().minus(java.time.Duration.ofMinutes(5))).stream()
                .anyMatch(p -> p.channel().equals(channel) && p.status() == PostStatus.CLAIMED);
    }

    /**
     * Whether this message is a person's first real answer under a daily post: one the coach would judge (not a control
     * word, long enough, the person not paused) and nothing of theirs coached there yet. Such an answer can wait for a
     * guessing round before {@link #onReply} judges it.
     */
    public boolean isFreshAnswer(ThreadMessage m) {
        Optional<DailyPost> post = posts.findByMessage(m.channel(), m.threadRef());
        if (post.isEmpty()) {
            return false;
        }
        String word = normalized(m.text());
        if (MUTE.contains(word) || UNMUTE.contains(word) || VERDICT_WORDS.contains(word)
                || SnoozeRequest.until(m.text(), today()).isPresent() || prefs.get(m.user()).coachingPaused(today())
                || words(m.text()) < config.minAnswerWords()) {
            return false;
        }
        return dialogs.find(post.get().id(), m.user()).map(d -> d.coached() == 0 && !d.hasHandled(m.messageRef()))
                .orElse(true);
    }

    /** Whether {@code threadRef} is one of our daily posts in that channel. */
    public boolean isDailyThread(ChannelKey channel, String threadRef) {
        return posts.findByMessage(channel, threadRef).isPresent();
    }

    /** The reply to post in the thread, or empty to stay silent (not a daily thread, muted, handled already, limit reached). */
    public Optional<Reply> onReply(ThreadMessage m) {
        Optional<DailyPost> post = postOf(m);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        String word = normalized(m.text());
        if (MUTE.contains(word)) {
            return Optional.of(mute(m.user(), true));
        }
        if (UNMUTE.contains(word)) {
            return Optional.of(mute(m.user(), false));
        }
        Optional<Boolean> verdicts = VERDICT_WORDS.contains(word) && privacy.isPresent()
                ? Optional.of(word.startsWith("private")) : Optional.empty();
        if (verdicts.isPresent()) {
            return Optional.of(VerdictPrivacy.setForUser(prefs, m.user(), verdicts.get() ? "private" : "public"));
        }
        Optional<java.time.LocalDate> snooze = SnoozeRequest.until(m.text(), today());
        if (snooze.isPresent()) {
            return Optional.of(snooze(m.user(), snooze.get()));
        }
        if (prefs.get(m.user()).coachingPaused(today())) {
            log.debug("thread coaching muted or snoozed for {}", m.user());
            return Optional.empty();
        }
        Optional<Question> question = bank.find(post.get().questionId());
        if (question.isEmpty()) {
            log.warn("daily post {} asks {} which is no longer in the bank", post.get().id(), post.get().questionId());
            return Optional.empty();
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return answer(post.get(), question.get(), m);
            } catch (ConcurrentUpdateException e) {
                log.debug("thread dialog of {} on post {} changed meanwhile (attempt {})", m.user(), post.get().id(), attempt);
            }
        }
        log.warn("gave up coaching {} on post {} after {} conflicting updates", m.user(), post.get().id(), ATTEMPTS);
        return Optional.empty();
    }

    /** Turns thread coaching off or on for a person; the reply confirms it. */
    /** Thread coaching stays quiet for {@code user} until the end of {@code until}, then comes back by itself. */
    public Reply snooze(UserKey user, java.time.LocalDate until) {
        prefs.put(user, prefs.get(user).withCoaching(false, Optional.of(until)));
        log.info("thread coaching snoozed for {} until {}", user, until);
        return ThreadView.snoozed(user.platform(), until);
    }

    private java.time.LocalDate today() {
        return clock.now().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    public Reply mute(UserKey user, boolean muted) {
        prefs.put(user, prefs.get(user).withCoaching(muted, Optional.empty()));
        log.info("thread coaching {} for {}", muted ? "muted" : "unmuted", user);
        return muted ? ThreadView.muted(user.platform()) : ThreadView.unmuted();
    }

    /**
     * The coaching of an answer this coach has judged already, judged again without recording anything: the judging is
     * the same for the same words, so a guessing round whose reveal stopped after the judging (the process died, the
     * connection dropped) can still be revealed with the vote the answer got. Empty when the answer was not judged.
     */
    public Optional<Reply> judgedAgain(ThreadMessage m) {
        Optional<DailyPost> post = postOf(m);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        Optional<ThreadDialog> dialog = dialogs.find(post.get().id(), m.user());
        Optional<Question> question = bank.find(post.get().questionId());
        if (dialog.isEmpty() || !dialog.get().hasHandled(m.messageRef()) || dialog.get().coached() != 1 || question.isEmpty()) {
            return Optional.empty(); // a guessing round waits on a first answer only
        }
        Coaching c = coach.coach(question.get(), m.text(), List.of());
        boolean last = config.threadRepliesPerUser() <= 1;
        return Optional.of(ThreadView.coaching(question.get(), c, dialog.get().pendingFollowUp(), last));
    }

    private Optional<Reply> answer(DailyPost post, Question q, ThreadMessage m) {
        Instant now = clock.now();
        ThreadDialog dialog = dialogs.find(post.id(), m.user()).orElseGet(() -> ThreadDialog.start(post.id(), m.user(), now));
        if (dialog.hasHandled(m.messageRef())) {
            log.debug("message {} of {} already handled", m.messageRef(), m.user());
            return Optional.empty();
        }
        if (dialog.coached() >= config.threadRepliesPerUser()) {
            return Optional.empty();
        }
        if (words(m.text()) < config.minAnswerWords()) {
            if (dialog.nudged() || dialog.coached() > 0) {
                return Optional.empty();
            }
            dialogs.save(dialog.afterNudge(m.messageRef(), now));
            return Optional.of(ThreadView.nudge());
        }
        boolean onFollowUp = dialog.pendingFollowUp().isPresent();
        // thread answers are not kept, so a reply is checked against its probe's intent and for an explicit move
        // to another story, but not for overlap with the answer it follows
        Coaching c = onFollowUp
                ? coach.coachFollowUp(q, dialog.pendingProbe().orElseThrow(), "", m.text(), dialog.asked())
                : coach.coach(q, m.text(), dialog.asked());
        boolean last = dialog.coached() + 1 >= config.threadRepliesPerUser();
        List<FollowUp> offered = c.followUps().stream().filter(f -> !dialog.asked().contains(f.text())).toList();
        // after the answer: ask the best probe, keep the rest planned; after a follow-up answer: a rephrase if the
        // reply missed the probe, else the next planned probe
        Optional<List<FollowUp>> newQueue = onFollowUp ? Optional.empty() : Optional.of(offered);
        List<FollowUp> candidates = new ArrayList<>(offered);
        if (onFollowUp) {
            dialog.queued().stream().filter(t -> !dialog.asked().contains(t))
                    .forEach(t -> candidates.add(new FollowUp(t, "", "queued", dialog.intentOf(t))));
        }
        Optional<FollowUp> nextProbe = last ? Optional.empty() : candidates.stream().findFirst();
        Optional<String> next = nextProbe.map(FollowUp::text);
        dialogs.save(dialog.afterCoaching(m.messageRef(), nextProbe, newQueue, now, true));
        if (dialog.coached() == 0) {
            practice.record(m.user(), new PracticeEntry(q.id(), q.category(), q.lps(), c.votes(), Optional.of(c.overall()), now));
        }
        log.debug("coached {} on post {} (reply {}, follow-up {})", m.user(), post.id(), dialog.coached() + 1, next.isPresent());
        return Optional.of(onFollowUp ? ThreadView.followUpCoaching(q, c, next, last) : ThreadView.coaching(q, c, next, last));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]+", " ").trim().replaceAll("\\s+", " ");
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
