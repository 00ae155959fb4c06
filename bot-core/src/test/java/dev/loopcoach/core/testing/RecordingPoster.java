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

    public record Posted(ChannelKey channel, Reply reply, String ref) {
        public String questionId() {
            return reply.blocks().stream().filter(b -> b instanceof Block.QuestionCard)
                    .map(b -> ((Block.QuestionCard) b).questionId()).findFirst().orElseThrow();
        }
    }

    private final String prefix;
    private final AtomicInteger seq;
    private final List<Posted> posted = new ArrayList<>();
    private volatile String refuseWith;
    private volatile boolean dieOnNext;

    public RecordingPoster() {
        this("m", new AtomicInteger());
    }

    /** A poster for another "process" whose refs continue the same numbering (like one platform). */
    public RecordingPoster sibling(String otherPrefix) {
        return new RecordingPoster(otherPrefix, seq);
    }

    private RecordingPoster(String prefix, AtomicInteger seq) {
        this.prefix = prefix;
        this.seq = seq;
    }

    @Override
    public String post(ChannelKey channel, Reply question) {
        if (dieOnNext) {
            dieOnNext = false;
            throw new ProcessKilled();
        }
        if (refuseWith != null) {
            throw new Rejected(refuseWith);
        }
        String ref = prefix + "-" + seq.incrementAndGet();
        synchronized (posted) {
            posted.add(new Posted(channel, question, ref));
        }
        return ref;
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

    public List<Posted> postedTo(ChannelKey channel) {
        return posted().stream().filter(p -> p.channel().equals(channel)).toList();
    }
}
