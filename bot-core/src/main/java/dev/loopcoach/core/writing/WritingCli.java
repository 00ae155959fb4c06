package dev.loopcoach.core.writing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * Batch review of one text: {@code ./coach writing [--json] < memo.txt}. Reads everything from {@code in},
 * writes the report to {@code out} as one JSON object (and a newline) or as readable text. Returns the exit
 * code: 0 when a report was written, 2 when there was no text.
 */
public final class WritingCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WritingAnalyzer analyzer = new WritingAnalyzer();

    public int run(Reader in, Writer out, boolean json) {
        return run(in, out, json, Optional.empty());
    }

    /** As {@link #run(Reader, Writer, boolean)}, judging the length against {@code target} when given. */
    public int run(Reader in, Writer out, boolean json, Optional<WritingTarget> target) {
        try {
            String text = read(in);
            if (text.isBlank()) {
                out.write(json ? JSON.writeValueAsString(Map.of("error", "no text: pipe a memo into the command")) + "\n"
                        : "No text to review: pipe a memo into the command, e.g. ./coach writing < memo.txt\n");
                out.flush();
                return 2;
            }
            WritingReport report = analyzer.analyze(text, target);
            out.write(json ? toJson(report) + "\n" : WritingView.feedback(report).plainText());
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the memo", e);
        }
    }

    public static String toJson(WritingReport report) {
        try {
            return JSON.writeValueAsString(WritingJson.toMap(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a writing report is always serializable", e);
        }
    }

    private static String read(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
