package dev.loopcoach.core.testing;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.daily.DailyPost;
import dev.loopcoach.core.daily.DailySettings;
import dev.loopcoach.core.daily.PostClaim;
import dev.loopcoach.core.daily.PostKind;
import dev.loopcoach.core.daily.PostStatus;
import dev.loopcoach.core.daily.ThreadDialog;
import dev.loopcoach.core.port.ConcurrentUpdateException;
import dev.loopcoach.core.port.DailyPostStore;
import dev.loopcoach.core.port.DailySettingsStore;
import dev.loopcoach.core.port.ThreadDialogStore;
import dev.loopcoach.core.port.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily-question ports kept in memory, with the same contract as the JDBC ones (same test suite):
 * first-claim-wins slots, versioned dialogues, microsecond timestamps. {@link #sibling()} is a second
 * "process" over the same data.
 */
public final class InMemoryDailyStores {
    private final Data data;

    public InMemoryDailyStores() {
        this(new Data());
    }

    private InMemoryDailyStores(Data data) {
        this.data = data;
    }

    public InMemoryDailyStores sibling() {
        return new InMemoryDailyStores(data);
    }

    public DailySettingsStore settings() {
        return new Settings();
    }

    public DailyPostStore posts() {
        return new Posts();
    }

    public ThreadDialogStore dialogs() {
        return new Dialogs();
    }

    public DailyStoreSet asStoreSet() {
        return new DailyStoreSet(settings(), posts(), dialogs(), () -> { });
    }

    private record SlotKey(ChannelKey channel, LocalDate date, PostKind kind) {
    }

    private record DialogKey(long postId, UserKey user) {
    }

    private static final class Data {
        final Map<ChannelKey, DailySettings> settings = new LinkedHashMap<>();
        final Map<SlotKey, DailyPost> posts = new LinkedHashMap<>();
        final Map<DialogKey, ThreadDialog> dialogs = new LinkedHashMap<>();
        long nextPostId = 1;
        /** When each post's row last changed, as the database's updated_at. */
        final Map<Long, Instant> touched = new java.util.HashMap<>();
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private final class Settings implements DailySettingsStore {
        @Override
        public Optional<DailySettings> find(ChannelKey channel) {
            synchronized (data) {
                return Optional.ofNullable(data.settings.get(channel));
            }
        }

        @Override
        public void save(DailySettings s) {
            DailySettings stored = new DailySettings(s.channel(), s.schedule(), s.enabled(), micros(s.activeSince()));
            synchronized (data) {
                data.settings.put(s.channel(), stored);
            }
        }

        @Override
        public List<DailySettings> enabled() {
            synchronized (data) {
                return data.settings.values().stream().filter(DailySettings::enabled).toList();
            }
        }

        @Override
        public List<DailySettings> enabledIn(String platform, String workspaceId) {
            synchronized (data) {
                return data.settings.values().stream().filter(DailySettings::enabled)
                        .filter(s -> s.channel().platform().equals(platform) && s.channel().workspaceId().equals(workspaceId))
                        .toList();
            }
        }
    }

    private final class Posts implements DailyPostStore {
        @Override
        public List<DailyPost> unsettled(Instant since) {
            synchronized (data) {
                return data.posts.values().stream().filter(p -> !p.claimedAt().isBefore(since) && unsettled(p))
                        .sorted(Comparator.comparing(DailyPost::claimedAt).thenComparingLong(DailyPost::id)).toList();
            }
        }

        private boolean unsettled(DailyPost p) {
            return p.status() == PostStatus.CLAIMED
                    || p.status() == PostStatus.FAILED && p.failure().filter(f -> f.startsWith(UNKNOWN)).isPresent();
        }

        @Override
        public boolean retake(long postId, Instant quietSince, Instant now) {
            synchronized (data) {
                for (java.util.Map.Entry<SlotKey, DailyPost> e : data.posts.entrySet()) {
                    DailyPost p = e.getValue();
                    if (p.id() == postId && unsettled(p) && data.touched.getOrDefault(postId, p.claimedAt()).isBefore(quietSince)) {
                        e.setValue(new DailyPost(p.id(), p.channel(), p.localDate(), p.kind(), p.questionId(), p.target(),
                                p.claimedAt(), PostStatus.CLAIMED, p.messageRef(), p.failure()));
                        data.touched.put(postId, now);
                        return true;
                    }
                }
                return false;
            }
        }

        @Override
        public boolean claim(PostClaim c) {
            SlotKey key = new SlotKey(c.channel(), c.localDate(), c.kind());
            synchronized (data) {
                if (data.posts.containsKey(key)) {
                    return false;
                }
                data.posts.put(key, new DailyPost(data.nextPostId++, c.channel(), c.localDate(), c.kind(), c.questionId(), c.target(),
                        micros(c.at()), PostStatus.CLAIMED, Optional.empty(), Optional.empty()));
                return true;
            }
        }

        @Override
        public void markPosted(ChannelKey channel, LocalDate localDate, PostKind kind, String messageRef, Instant at) {
            update(new SlotKey(channel, localDate, kind), at, p -> new DailyPost(p.id(), p.channel(), p.localDate(), p.kind(),
                    p.questionId(), p.target(), p.claimedAt(), PostStatus.POSTED, Optional.of(messageRef), Optional.empty()));
        }

        @Override
        public void markFailed(ChannelKey channel, LocalDate localDate, PostKind kind, String reason, Instant at) {
            update(new SlotKey(channel, localDate, kind), at, p -> new DailyPost(p.id(), p.channel(), p.localDate(), p.kind(),
                    p.questionId(), p.target(), p.claimedAt(), PostStatus.FAILED, p.messageRef(), Optional.of(reason)));
        }

        private void update(SlotKey key, Instant at, java.util.function.UnaryOperator<DailyPost> change) {
            synchronized (data) {
                DailyPost p = data.posts.get(key);
                if (p == null) {
                    throw new IllegalStateException("no claim for " + key);
                }
                data.posts.put(key, change.apply(p));
                data.touched.put(p.id(), at);
            }
        }

        @Override
        public boolean release(ChannelKey channel, LocalDate localDate, PostKind kind) {
            SlotKey key = new SlotKey(channel, localDate, kind);
            synchronized (data) {
                DailyPost p = data.posts.get(key);
                if (p == null || p.status() == PostStatus.POSTED) {
                    return false;
                }
                data.posts.remove(key);
                data.dialogs.keySet().removeIf(k -> k.postId() == p.id());
                return true;
            }
        }

        @Override
        public Optional<DailyPost> find(ChannelKey channel, LocalDate localDate, PostKind kind) {
            synchronized (data) {
                return Optional.ofNullable(data.posts.get(new SlotKey(channel, localDate, kind)));
            }
        }

        @Override
        public List<DailyPost> postedQuestions(ChannelKey channel) {
            synchronized (data) {
                return data.posts.values().stream().filter(p -> p.channel().equals(channel))
                        .sorted(Comparator.comparing(DailyPost::claimedAt).thenComparingLong(DailyPost::id)).toList();
            }
        }

        @Override
        public Optional<DailyPost> findByMessage(ChannelKey channel, String messageRef) {
            synchronized (data) {
                return data.posts.values().stream()
                        .filter(p -> p.channel().equals(channel) && p.messageRef().filter(messageRef::equals).isPresent())
                        .findFirst();
            }
        }
    }

    private final class Dialogs implements ThreadDialogStore {
        @Override
        public Optional<ThreadDialog> find(long postId, UserKey user) {
            synchronized (data) {
                return Optional.ofNullable(data.dialogs.get(new DialogKey(postId, user)));
            }
        }

        @Override
        public ThreadDialog save(ThreadDialog d) {
            DialogKey key = new DialogKey(d.postId(), d.user());
            synchronized (data) {
                if (data.posts.values().stream().noneMatch(p -> p.id() == d.postId())) {
                    throw new IllegalArgumentException("no daily post " + d.postId());
                }
                ThreadDialog current = data.dialogs.get(key);
                long stored = current == null ? 0 : current.version();
                if (stored != d.version()) {
                    throw new ConcurrentUpdateException("thread dialog " + key + " is at version " + stored + ", not " + d.version());
                }
                ThreadDialog saved = new ThreadDialog(d.postId(), d.user(), d.coached(), d.nudged(), d.pendingFollowUp(),
                        d.asked(), d.queued(), d.handled(), d.intents(), micros(d.updatedAt()), d.version() + 1);
                data.dialogs.put(key, saved);
                return saved;
            }
        }

        @Override
        public List<ThreadDialog> ofUser(UserKey user) {
            synchronized (data) {
                List<ThreadDialog> mine = new ArrayList<>();
                data.dialogs.values().stream().filter(d -> d.user().equals(user)).forEach(mine::add);
                mine.sort(Comparator.comparing(ThreadDialog::updatedAt).thenComparingLong(ThreadDialog::postId));
                return mine;
            }
        }

        @Override
        public int deleteAll(UserKey user) {
            synchronized (data) {
                int before = data.dialogs.size();
                data.dialogs.keySet().removeIf(k -> k.user().equals(user));
                return before - data.dialogs.size();
            }
        }
    }
}
