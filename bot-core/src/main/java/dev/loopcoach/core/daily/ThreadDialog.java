package dev.loopcoach.core.daily;

import dev.loopcoach.core.coaching.AskedProbe;
import dev.loopcoach.core.coaching.FollowUp;
import dev.loopcoach.core.coaching.ProbeIntent;
import dev.loopcoach.core.coaching.ProbeWording;
import dev.loopcoach.core.port.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's coaching dialogue under one daily post. Answers themselves are not kept, only what the coach
 * asked and which messages it already handled (so a redelivered message is not coached twice).
 *
 * @param coached replies coached so far (the answer, then answers to follow-ups)
 * @param nudged whether the person already got the one "answer here" nudge for a short reply
 * @param pendingFollowUp the follow-up waiting for an answer
 * @param asked every follow-up asked in this dialogue, never asked again
 * @param queued follow-ups planned after the answer and not asked yet, next first
 * @param handled platform references of the messages already answered (the latest few)
 * @param intents what each asked or queued probe asks for, decided when it was chosen (probe text to intent)
 * @param version 0 before the first save, then the store's version
 */
public record ThreadDialog(long postId, UserKey user, int coached, boolean nudged, Optional<String> pendingFollowUp,
                           List<String> asked, List<String> queued, List<String> handled, Map<String, ProbeIntent> intents,
                           Instant updatedAt, long version) {
    /** How many handled message references are kept. */
    public static final int HANDLED_KEPT = 20;

    public ThreadDialog {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(pendingFollowUp, "pendingFollowUp");
        Objects.requireNonNull(updatedAt, "updatedAt");
        asked = List.copyOf(asked);
        queued = List.copyOf(queued);
        handled = List.copyOf(handled);
        intents = intents == null ? Map.of() : Map.copyOf(intents);
        if (coached < 0 || version < 0) {
            throw new IllegalArgumentException("coached and version must not be negative");
        }
    }

    public static ThreadDialog start(long postId, UserKey user, Instant at) {
        return new ThreadDialog(postId, user, 0, false, Optional.empty(), List.of(), List.of(), List.of(), Map.of(), at, 0);
    }

    public boolean hasHandled(String messageRef) {
        return handled.contains(messageRef);
    }

    /**
     * After coaching one more reply: the new follow-up (if any) is pending and remembered as asked, and it leaves
     * the queue; {@code newQueue} replaces the queue when present (after an answer to the main question).
     */
    public ThreadDialog afterCoaching(String messageRef, Optional<String> nextFollowUp, Optional<List<String>> newQueue, Instant at) {
        return afterCoaching(messageRef, nextFollowUp, newQueue, Map.of(), at);
    }

    /** Like the above, remembering the intent of each probe newly asked or queued. */
    public ThreadDialog afterCoaching(String messageRef, Optional<FollowUp> next, Optional<List<FollowUp>> newQueue, Instant at,
                                      boolean withIntents) {
        Map<String, ProbeIntent> chosen = new HashMap<>();
        next.ifPresent(f -> chosen.put(f.text(), f.intent()));
        newQueue.ifPresent(q -> q.forEach(f -> chosen.put(f.text(), f.intent())));
        return afterCoaching(messageRef, next.map(FollowUp::text), newQueue.map(q -> q.stream().map(FollowUp::text).toList()),
                chosen, at);
    }

    private ThreadDialog afterCoaching(String messageRef, Optional<String> nextFollowUp, Optional<List<String>> newQueue,
                                       Map<String, ProbeIntent> chosen, Instant at) {
        List<String> nowAsked = new ArrayList<>(asked);
        nextFollowUp.ifPresent(nowAsked::add);
        List<String> nowQueued = new ArrayList<>(newQueue.orElse(queued));
        nowQueued.removeAll(nowAsked);
        Map<String, ProbeIntent> nowIntents = new HashMap<>();
        intents.forEach((text, intent) -> {
            if (nowQueued.contains(text) || nextFollowUp.filter(text::equals).isPresent()) {
                nowIntents.put(text, intent);
            }
        });
        chosen.forEach((text, intent) -> {
            if (nowQueued.contains(text) || nextFollowUp.filter(text::equals).isPresent()) {
                nowIntents.put(text, intent);
            }
        });
        return new ThreadDialog(postId, user, coached + 1, nudged, nextFollowUp, nowAsked, nowQueued, withHandled(messageRef),
                nowIntents, at, version);
    }

    /** The probe waiting for a reply, with its intent (read from its words only for dialogs stored before intents were). */
    public Optional<AskedProbe> pendingProbe() {
        return pendingFollowUp.map(t -> new AskedProbe(t, intentOf(t)));
    }

    /** The intent recorded for a probe asked or queued in this dialogue. */
    public ProbeIntent intentOf(String probe) {
        ProbeIntent i = intents.get(probe);
        return i != null ? i : ProbeWording.guess(probe);
    }

    /** After coaching a reply that asks nothing new and plans nothing new. */
    public ThreadDialog afterCoaching(String messageRef, Optional<String> nextFollowUp, Instant at) {
        return afterCoaching(messageRef, nextFollowUp, Optional.empty(), at);
    }

    public ThreadDialog afterNudge(String messageRef, Instant at) {
        return new ThreadDialog(postId, user, coached, true, pendingFollowUp, asked, queued, withHandled(messageRef), intents, at, version);
    }

    public ThreadDialog withVersion(long newVersion) {
        return new ThreadDialog(postId, user, coached, nudged, pendingFollowUp, asked, queued, handled, intents, updatedAt, newVersion);
    }

    private List<String> withHandled(String messageRef) {
        List<String> all = new ArrayList<>(handled);
        all.add(messageRef);
        return all.size() > HANDLED_KEPT ? all.subList(all.size() - HANDLED_KEPT, all.size()) : all;
    }
}
