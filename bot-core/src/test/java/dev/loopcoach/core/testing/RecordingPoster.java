package dev.loopcoach.core.testing;

import dev.loopcoach.core.daily.ChannelKey;
import dev.loopcoach.core.port.ChannelPoster;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ChannelPoster} that keeps what it was asked to post and returns message refs {@code <prefix>-1, -2, ...}.
 * It can be told to refuse (like a platform error) or to "die" mid-send (an Error, as when the process is killed).
 */
public final class RecordingPoster implements ChannelPoster {
    /** Thrown to simulate the process dying while the message is being sent. */
    public static final class ProcessKilled extends Error {
        private static final long serialVersionUID = 1L;

        public ProcessKilled() {
            super("simulated crash while posting");
        }
    }

    public record Posted(ChannelKey channel, Reply reply, String ref, String key) {
        public String questionId() {
            return reply.blocks().stream().filter(b -> b instanceof Block.QuestionCard)
                    .map(b -> ((Block.QuestionCard) b).questionId()).findFirst().orElseThrow();
        }
    }

    private final String prefix;
    private final AtomicInteger seq;
    private final List<Posted> posted = new ArrayList<>();
    /** Every post on the "platform", by this process and its siblings: what look-ups read. */
    private final List<Posted> platform;
    private volatile String refuseWith;
    private volatile boolean dieOnNext;
    private volatile int serverErrors;
    private volatile boolean lostAnswerOnNext;
    private volatile boolean lookupDown;

    public RecordingPoster() {
        this("m", new AtomicInteger(), new ArrayList<>());
    }

    /** A poster for another "process" on the same platform: refs continue the numbering, look-ups see every post. */
    public RecordingPoster sibling(String otherPrefix) {
        return new RecordingPoster(otherPrefix, seq, platform);
    }

    private RecordingPoster(String prefix, AtomicInteger seq, List<Posted> platform) {
        this.prefix = prefix;
        this.seq = seq;
        this.platform = platform;
    }

    @Override
    public String post(ChannelKey channel, Reply question) {
        return post(channel, question, "");
    }

    @Override
    public String post(ChannelKey channel, Reply question, String postKey) {
        if (dieOnNext) {
            dieOnNext = false;
            throw new ProcessKilled();
        }
        if (refuseWith != null) {
            throw new Rejected(refuseWith);
        }
        if (serverErrors > 0) {
            serverErrors--;
            throw new IllegalStateException("HTTP 500 from the platform");
        }
        String ref = prefix + "-" + seq.incrementAndGet();
        Posted p = new Posted(channel, question, ref, postKey);
        synchronized (posted) {
            posted.add(p);
        }
        synchronized (platform) {
            platform.add(p);
        }
        if (lostAnswerOnNext) {
            lostAnswerOnNext = false;
            throw new IllegalStateException("read timed out"); // the message went out; its answer never arrived
        }
        return ref;
    }

    /** Announcements land on the platform like posts, with the key "announce". */
    @Override
    public String announce(ChannelKey channel, Reply message) {
        return post(channel, message, "announce");
    }

    @Override
    public Lookup find(ChannelKey channel, String postKey, java.time.Instant since) {
        if (lookupDown) {
            return new Lookup.Unknown("platform unreachable");
        }
        return onPlatform(channel).stream().filter(p -> p.key().equals(postKey)).findFirst()
                .<Lookup>map(p -> new Lookup.Found(p.ref())).orElse(new Lookup.Absent());
    }

    /** The next {@code n} posts fail like a platform answering HTTP 500: nothing is posted, the outcome looks unknown. */
    public void failWithServerErrors(int n) {
        this.serverErrors = n;
    }

    /** The next post reaches the channel, but its response is lost (a timeout): the sender cannot tell. */
    public void loseTheAnswerOnNextPost() {
        this.lostAnswerOnNext = true;
    }

    /** Look-ups cannot read the channel (or can again). */
    public void lookupDown(boolean down) {
        this.lookupDown = down;
    }

    public void refuseWith(String reason) {
        this.refuseWith = reason;
    }

    public void dieOnNextPost() {
        this.dieOnNext = true;
    }

    public List<Posted> posted() {
        synchronized (posted) {
            return List.copyOf(posted);
        }
    }

    /** What the channel holds, posted by this process or any sibling. */
    public List<Posted> onPlatform(ChannelKey channel) {
        synchronized (platform) {
            return platform.stream().filter(p -> p.channel().equals(channel)).toList();
        }
    }

    public List<Posted> postedTo(ChannelKey channel) {
        return posted().stream().filter(p -> p.channel().equals(channel)).toList();
    }
}
