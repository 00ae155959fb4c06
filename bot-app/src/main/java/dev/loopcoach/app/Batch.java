package dev.loopcoach.app;

import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.batch.AnalyzeBatch;
import dev.loopcoach.core.batch.TagBatch;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.writing.WritingCli;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The batch tools: stdin to stdout, one JSON object per line; the exit status says whether any input failed. */
final class Batch {
    private Batch() {
    }

    static int tag(Reader in, Writer out) {
        return flushed(out, TagBatch.standard().run(in, out));
    }

    /** Questions that match a bank question by text keep its hand tags and follow-ups. */
    static int analyze(BarRaiserCoach coach, QuestionBank bank, Reader in, Writer out) {
        return flushed(out, new AnalyzeBatch(coach, bank).run(in, out));
    }

    static int writing(Reader in, Writer out, boolean json) {
        return flushed(out, new WritingCli().run(in, out, json));
    }

    private static int flushed(Writer out, int status) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }
}
